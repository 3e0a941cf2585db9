/**
 * The fitted numbers the scorer uses. They live in data/calibration.json,
 * which scripts/calibrate.ts regenerates (it records what it was fitted on
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
  /** Rate at which a thesaurus spinner swaps a word it knows (src/score/thesaurus.ts). */
  thesaurusRate: number;
  /** Weight on the summed thesaurus log-likelihood ratios in the document score. */
  thesaurusScale: number;
  /** Unseen-swap confidence = sigmoid(unseenBias + unseenRawWeight * logit(raw) + unseenContextWeight * context). */
  unseenBias: number;
  unseenRawWeight: number;
  unseenContextWeight: number;
  /**
   * Confidence = sigmoid(bias + rawWeight * logit(raw) + neighbourWeight * log1p(neighbours)
   *                      + contextWeight * contextLogRatio + survivorWeight * log1p(survivors)).
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

const optional = (key: string, fallback: number) => ((fitted as Record<string, unknown>)[key] as number | undefined) ?? fallback;

export const DEFAULT_PARAMETERS: ScoringParameters = {
  thesaurusRate: optional('thesaurusRate', 0.3),
  thesaurusScale: optional('thesaurusScale', 0),
  unseenBias: optional('unseenBias', -3),
  unseenRawWeight: optional('unseenRawWeight', 1),
  unseenContextWeight: optional('unseenContextWeight', 0.3),
  coverage: fitted.coverage,
  documentBias: fitted.documentBias,
  documentScale: fitted.documentScale,
  confidenceBias: fitted.confidenceBias,
  rawWeight: fitted.rawWeight,
  neighbourWeight: fitted.neighbourWeight,
  contextWeight: optional('contextWeight', 0),
  survivorWeight: optional('survivorWeight', 0),
  contextSmoothing: optional('contextSmoothing', 50),
};
