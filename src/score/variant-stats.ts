/**
 * Per-variant statistics the scorer needs, computed once per compiled
 * variant and kept on it: clean-text rates of the spun and original forms,
 * and what seeing the spun form says about a text being spun. A variant keeps
 * the stats of one repairer at a time (Variant.statsOwner): repairers that
 * share the bundled matcher and take turns work them out again.
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
 * The variant keeps one set of each (stats, bareStats).
 */
export function variantStats(
  v: Variant,
  freq: FrequencyModel,
  params: ScoringParameters,
  originalPriors: Map<string, number>,
  /** Who keeps the stats on the variant (the repairer; null: none, when its frequency model may change between calls). */
  owner: object | null,
  conditionsHeld: boolean,
): VariantStats {
  // An entry without conditions has one set of stats: the rates where its conditions hold are its bare rates.
  const held = conditionsHeld || v.entry.context === undefined;
  if (owner !== null && v.statsOwner === owner) {
    const kept = held ? v.stats : v.bareStats;
    if (kept !== undefined) return kept;
  }
  let spunHeld = 1;
  let originalHeld = 1;
  if (held && v.entry.context !== undefined && freq.conditionShare !== undefined) {
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
  if (owner !== null) {
    if (v.statsOwner !== owner) {
      v.statsOwner = owner;
      v.stats = undefined;
      v.bareStats = undefined;
    }
    if (held) v.stats = stats;
    else v.bareStats = stats;
  }
  return stats;
}
