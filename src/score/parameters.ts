/**
 * The fitted numbers the scorer uses. They live in data/calibration.json,
 * which scripts/calibrate.ts regenerates (it records what it was fitted on
 * and the reliability it measured); nothing here is hand-tuned.
 */
import calibration from '../../data/calibration.json';
import { fromJson } from '../data';

const fitted = fromJson<Record<string, unknown>>(calibration);

export interface ScoringParameters {
  /** Share of our entries that a spinner's own table is assumed to share (q = prior * coverage). */
  coverage: number;
  /**
   * Document models, each [bias, weight on the dictionary log-likelihood sum,
   * weight on the thesaurus log-likelihood sum]: spun by any spinner; by a
   * spinner of the kind the dictionaries model; by a thesaurus spinner. The
   * bias is the log-odds before any evidence (very short inputs).
   */
  spunModel: [number, number, number];
  dictionarySpunModel: [number, number, number];
  thesaurusSpunModel: [number, number, number];
  /** Rate at which a thesaurus spinner swaps a word it knows (src/score/thesaurus.ts). */
  thesaurusRate: number;
  /**
   * Unseen-swap confidence = sigmoid(unseenBias + unseenDocumentWeight * logit(thesaurusSpin)
   *                                  + unseenShareWeight * logit(share) + unseenContextWeight * context).
   */
  unseenBias: number;
  unseenDocumentWeight: number;
  unseenShareWeight: number;
  unseenContextWeight: number;
  /** Confidence of dictionary fixes: see src/score/confidence.ts. */
  confidenceBias: number;
  documentWeight: number;
  shareWeight: number;
  neighbourWeight: number;
  contextWeight: number;
  /** Weight on log1p(times the original is left standing in the text); negative. */
  survivorWeight: number;
  /** Weight on missingNeighbours (the entry's required neighbours are not there); negative. */
  missingNeighbourWeight: number;
  /** Weight on siblingShare, the spinner share of the same word swap elsewhere in the text (src/score/siblings.ts). */
  siblingWeight: number;
  /** Weight on absentOriginals, the originals a text would hold where none survives (src/score/confidence.ts). */
  absenceWeight: number;
  /** Dirichlet smoothing (mu) of the context model's bigram estimates. */
  contextSmoothing: number;
}

const optional = (key: string, fallback: number) => (fitted[key] as number | undefined) ?? fallback;
const model = (key: string): [number, number, number] =>
  (fitted[key] as [number, number, number] | undefined) ?? [-2, 0.2, 0.1];

export const DEFAULT_PARAMETERS: ScoringParameters = {
  thesaurusRate: optional('thesaurusRate', 0.3),
  unseenBias: optional('unseenBias', -3),
  unseenDocumentWeight: optional('unseenDocumentWeight', 1),
  unseenShareWeight: optional('unseenShareWeight', 1),
  unseenContextWeight: optional('unseenContextWeight', 0.3),
  coverage: optional('coverage', 1),
  spunModel: model('spunModel'),
  dictionarySpunModel: model('dictionarySpunModel'),
  thesaurusSpunModel: model('thesaurusSpunModel'),
  confidenceBias: optional('confidenceBias', 0),
  documentWeight: optional('documentWeight', 1),
  shareWeight: optional('shareWeight', 1),
  neighbourWeight: optional('neighbourWeight', 0),
  contextWeight: optional('contextWeight', 0),
  survivorWeight: optional('survivorWeight', 0),
  missingNeighbourWeight: optional('missingNeighbourWeight', -3),
  siblingWeight: optional('siblingWeight', 0),
  absenceWeight: optional('absenceWeight', 0),
  contextSmoothing: optional('contextSmoothing', 50),
};
