/**
 * The fitted numbers the scorer uses. They live in data/calibration.json,
 * which scripts/calibrate.mjs regenerates (it records what it was fitted on
 * and the reliability it measured); nothing here is hand-tuned.
 */
import fitted from '../../data/calibration.json';

export interface ScoringParameters {
  /** Share of our entries that a spinner's own table is assumed to share (q = prior * coverage). */
  coverage: number;
  /** Log-odds that a text is spun before any evidence (the prior for very short inputs). */
  documentBias: number;
  /** Weight on the summed log-likelihood ratios of the document's evidence. */
  documentScale: number;
  /** Confidence = sigmoid(bias + rawWeight * logit(raw) + neighbourWeight * log1p(neighbours)). */
  confidenceBias: number;
  rawWeight: number;
  neighbourWeight: number;
}

export const DEFAULT_PARAMETERS: ScoringParameters = {
  coverage: fitted.coverage,
  documentBias: fitted.documentBias,
  documentScale: fitted.documentScale,
  confidenceBias: fitted.confidenceBias,
  rawWeight: fitted.rawWeight,
  neighbourWeight: fitted.neighbourWeight,
};
