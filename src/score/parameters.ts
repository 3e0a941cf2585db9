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
  /**
   * Confidence = sigmoid(bias + rawWeight * logit(raw) + neighbourWeight * log1p(neighbours)
   *                      + contextWeight * contextLogRatio).
   */
  confidenceBias: number;
  rawWeight: number;
  neighbourWeight: number;
  contextWeight: number;
  /** Weight on log1p(times the original is left standing in the text); negative. */
  survivorWeight: number;
  /** Dirichlet smoothing (mu) of the context model's bigram estimates. */
  contextSmoothing: number;
}

export const DEFAULT_PARAMETERS: ScoringParameters = {
  coverage: fitted.coverage,
  documentBias: fitted.documentBias,
  documentScale: fitted.documentScale,
  confidenceBias: fitted.confidenceBias,
  rawWeight: fitted.rawWeight,
  neighbourWeight: fitted.neighbourWeight,
  contextWeight: (fitted as { contextWeight?: number }).contextWeight ?? 0,
  survivorWeight: (fitted as { survivorWeight?: number }).survivorWeight ?? 0,
  contextSmoothing: (fitted as { contextSmoothing?: number }).contextSmoothing ?? 50,
};
