/**
 * Per-variant statistics the scorer needs, computed once per compiled
 * variant and cached: clean-text rates of the spun and original forms, and
 * what seeing the spun form says about a text being spun.
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
   * In a spun text, the share of this spun form's occurrences that a spinner
   * produced from the original: q*f_o / (q*f_o + f_s).
   */
  spinnerShare: number;
  /** log of how much likelier this form is in spun text than in clean text. */
  spinLogLikelihood: number;
}

export function variantStats(v: Variant, freq: FrequencyModel, params: ScoringParameters, cache: WeakMap<Variant, VariantStats>): VariantStats {
  const hit = cache.get(v);
  if (hit) return hit;
  const spunPerMillion = freq.perMillion(v.spunKey);
  const originalPerMillion = freq.perMillion(v.originalKey);
  const replaceRate = v.entry.prior * params.coverage;
  const produced = replaceRate * originalPerMillion;
  const stats: VariantStats = {
    replaceRate,
    spunPerMillion,
    originalPerMillion,
    spinnerShare: produced / (produced + spunPerMillion),
    spinLogLikelihood: Math.log((spunPerMillion + produced) / spunPerMillion),
  };
  cache.set(v, stats);
  return stats;
}
