/**
 * Document-level spin evidence.
 *
 * A spinner replaces every match of its table, so a spun page is full of its
 * substitutes and nearly free of the words it replaces. We add up, naive-Bayes
 * style, the log-likelihood ratio (spun vs clean) of every candidate's spun
 * form and of every original word left standing, then map the sum to a
 * probability with a fitted bias and scale (the scale absorbs the correlation
 * naive Bayes ignores; the bias is the prior for very short inputs). Evidence
 * from the general thesaurus (src/score/thesaurus.ts), for spinners whose
 * swaps no entry covers, enters with its own fitted scale.
 *
 * Three such models are fitted, on the same two sums: spun by any spinner
 * (`detect`), spun by a spinner of the kind the dictionaries model (the
 * document term of dictionary fixes: in a page spun by another kind of
 * spinner our candidates are mostly ordinary words), and spun by a thesaurus
 * spinner (the document term of unseen swaps).
 */
import type { ScoringParameters } from './parameters';
import type { StandingEvidence } from './standing-words';

export interface DocumentEvidence {
  /** Probability in [0, 1] that the text was spun (by any spinner). */
  spinScore: number;
  /**
   * Probability that it was spun by a spinner whose swaps the dictionaries
   * model (content-farm style): the document term of dictionary fixes.
   */
  dictionarySpin: number;
  /** Probability that it was spun by a general thesaurus spinner: the document term of unseen swaps. */
  thesaurusSpin: number;
  /** Summed log-likelihood ratio of the dictionary evidence (positive: spun). */
  logLikelihood: number;
  /** Summed log-likelihood ratio of the thesaurus evidence (positive: spun). */
  thesaurusLogLikelihood: number;
  /** Candidates found (spun forms seen). */
  fingerprints: number;
  /** Words seen that a spinner would have replaced. */
  originalsSeen: number;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** What the document model needs of a candidate: the spin log-likelihood of its chosen variant. */
export interface ScoredSpan {
  stats: { spinLogLikelihood: number };
}

/**
 * The document's evidence from its candidates' spun forms (`spans`) and from
 * the words outside them (`standing`, src/score/standing-words.ts).
 */
export function documentEvidence(spans: ScoredSpan[], standing: StandingEvidence, params: ScoringParameters): DocumentEvidence {
  let logLikelihood = standing.originalsLogLikelihood;
  for (const s of spans) logLikelihood += s.stats.spinLogLikelihood;
  const thesaurusLogLikelihood = standing.thesaurusLogLikelihood;
  const score = ([bias, dictionary, thesaurus]: readonly number[]) =>
    sigmoid(bias + dictionary * logLikelihood + thesaurus * thesaurusLogLikelihood);
  return {
    spinScore: score(params.spunModel),
    dictionarySpin: score(params.dictionarySpunModel),
    thesaurusSpin: score(params.thesaurusSpunModel),
    logLikelihood,
    thesaurusLogLikelihood,
    fingerprints: spans.length,
    originalsSeen: standing.originalsSeen,
  };
}
