/**
 * Per-variant statistics the scorer needs, computed once per compiled
 * variant and cached: clean-text rates of the spun and original forms, and
 * what seeing the spun form says about a text being spun.
 */
import type { Variant } from '../dictionary/compile';
import type { FrequencyModel } from './frequency';
import type { ScoringParameters } from './parameters';
import { contextSignature } from './condition-rates';

export interface VariantStats {
  /** Entry prior times the measured share of entries a spinner's table has (coverage). */
  replaceRate: number;
  /** Clean-text rate of the spun form, per million words (where the entry's conditions hold, when they do). */
  spunPerMillion: number;
  /** Clean-text rate of the original form, per million words (in the same company). */
  originalPerMillion: number;
  /**
   * Share of the spun form's own clean occurrences that would survive a
   * spinner: 1 - q', where q' is how surely a spinner replaces the spun form
   * itself when it is an original of another entry ("next" -> "subsequent").
   */
  survival: number;
  /**
   * In a spun text, the share of this spun form's occurrences that a spinner
   * produced from the original: q*f_o / (q*f_o + survival*f_s).
   */
  spinnerShare: number;
  /** log of how much likelier this form is in spun text than in clean text. */
  spinLogLikelihood: number;
}

/**
 * `conditionsHeld`: the variant's context conditions hold at the span, so its
 * rates are those of the occurrences where they hold (condition-rates.ts);
 * false for a candidate flagged missingNeighbours, rated on the bare word rates.
 * `cache` must be kept apart for the two.
 */
export function variantStats(
  v: Variant,
  freq: FrequencyModel,
  params: ScoringParameters,
  originalPriors: Map<string, number>,
  cache: WeakMap<Variant, VariantStats>,
  conditionsHeld: boolean,
): VariantStats {
  const hit = cache.get(v);
  if (hit) return hit;
  let spunHeld = 1;
  let originalHeld = 1;
  if (conditionsHeld && v.entry.context !== undefined && freq.conditionShare !== undefined) {
    const signature = contextSignature(v.entry.context);
    spunHeld = freq.conditionShare('spun', v.entry.id, v.spunKey, signature);
    originalHeld = freq.conditionShare('original', v.entry.id, v.originalKey, signature);
  }
  // A spun form that is also some entry's original is English by construction, never garbage.
  const spunPerMillion = freq.perMillion(v.spunKey, originalPriors.has(v.spunKey)) * spunHeld;
  // The original is English by construction (a maintainer wrote it), so it is never rated as garbage.
  const originalPerMillion = freq.perMillion(v.originalKey, true) * originalHeld;
  const replaceRate = v.entry.prior * params.coverage;
  const produced = replaceRate * originalPerMillion;
  const survival = 1 - Math.min(0.99, (originalPriors.get(v.spunKey) || 0) * params.coverage);
  const surviving = survival * spunPerMillion;
  const stats: VariantStats = {
    replaceRate,
    spunPerMillion,
    originalPerMillion,
    survival,
    spinnerShare: produced / (produced + surviving),
    spinLogLikelihood: Math.log((surviving + produced) / spunPerMillion),
  };
  cache.set(v, stats);
  return stats;
}
