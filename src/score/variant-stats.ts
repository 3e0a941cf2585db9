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

export interface VariantStats {
  /** Entry prior times the measured share of entries a spinner's table has (coverage). */
  replaceRate: number;
  /** Clean-text rate of the spun form, per million words. */
  spunPerMillion: number;
  /** Clean-text rate of the original form, per million words. */
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

export function variantStats(
  v: Variant,
  freq: FrequencyModel,
  params: ScoringParameters,
  originalPriors: Map<string, number>,
  /** Who keeps the stats on the variant (the repairer; null: none, when its frequency model may change between calls). */
  owner: object | null,
): VariantStats {
  if (owner !== null && v.statsOwner === owner) return v.stats as VariantStats;
  // A spun form that is also some entry's original is English by construction, never garbage.
  const spunPerMillion = freq.perMillion(v.spunKey, originalPriors.has(v.spunKey));
  // The original is English by construction (a maintainer wrote it), so it is never rated as garbage.
  const originalPerMillion = freq.perMillion(v.originalKey, true);
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
    v.stats = stats;
    v.statsOwner = owner;
  }
  return stats;
}
