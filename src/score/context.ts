/**
 * Local context evidence, in the manner of LanguageTool's confusion rules:
 * does the word before and the word after the span fit the original better
 * than the spun form?
 *
 *   ratio = P(prev | original) * P(next | original) / (P(prev | spun) * P(next | spun))
 *
 * P(prev | w) = (c(prev w) + mu * P(prev)) / (c(w) + mu), from Brown bigram
 * counts (data/frequencies.json). For a multiword form the first word meets
 * the left neighbour and the last word the right one.
 *
 * The model abstains on a side (contributes 0) unless both words were seen
 * at least MIN_SUPPORT times: comparing a well-measured common original with
 * a rare spun word that only has its smoothing to go on would favour the
 * original for being common, which the frequency evidence already counts.
 */
import type { FrequencyModel } from './frequency';

/** Bound on the log ratio: one pair of neighbours should not outweigh everything else. */
export const MAX_CONTEXT_LOG_RATIO = 4;
/** Brown occurrences each compared word needs before its neighbours count as evidence. */
export const MIN_SUPPORT = 20;

export interface ContextEvidence {
  /** log of how much better the neighbours fit the original; 0 when the model abstains. */
  logRatio: number;
  /** Bigram counts that informed the estimate (0: the model abstained). */
  support: number;
}

/** P(neighbour | word), smoothed; `pair` is the count of the two side by side. */
function conditional(freq: FrequencyModel, pair: number, neighbour: string, word: string, mu: number): number {
  const pNeighbour = (freq.count(neighbour) + 0.5) / freq.contextTokens;
  return (pair + mu * pNeighbour) / (freq.count(word) + mu);
}

// Edges of multiword forms, kept: the forms are mostly dictionary keys, looked up again and again,
// and a kept string keeps its hash for the frequency tables' lookups.
const multiwordEdges = new Map<string, [string, string]>();

/** First and last word of a normalised form. */
export function edges(form: string): [string, string] {
  const space = form.indexOf(' ');
  if (space < 0) return [form, form];
  let e = multiwordEdges.get(form);
  if (!e) {
    if (multiwordEdges.size >= 50_000) multiwordEdges.clear();
    multiwordEdges.set(form, (e = [form.slice(0, space), form.slice(form.lastIndexOf(' ') + 1)]));
  }
  return e;
}

export function contextEvidence(
  freq: FrequencyModel,
  prev: string | undefined,
  next: string | undefined,
  original: string,
  spun: string,
  mu: number,
): ContextEvidence {
  const [oFirst, oLast] = edges(original);
  const [sFirst, sLast] = edges(spun);
  let logRatio = 0;
  let support = 0;
  if (prev !== undefined && freq.count(oFirst) >= MIN_SUPPORT && freq.count(sFirst) >= MIN_SUPPORT) {
    const pairO = freq.pairCount(prev, oFirst);
    const pairS = freq.pairCount(prev, sFirst);
    logRatio += Math.log(conditional(freq, pairO, prev, oFirst, mu) / conditional(freq, pairS, prev, sFirst, mu));
    support += pairO + pairS;
  }
  if (next !== undefined && freq.count(oLast) >= MIN_SUPPORT && freq.count(sLast) >= MIN_SUPPORT) {
    const pairO = freq.pairCount(oLast, next);
    const pairS = freq.pairCount(sLast, next);
    logRatio += Math.log(conditional(freq, pairO, next, oLast, mu) / conditional(freq, pairS, next, sLast, mu));
    support += pairO + pairS;
  }
  return { logRatio: Math.max(-MAX_CONTEXT_LOG_RATIO, Math.min(MAX_CONTEXT_LOG_RATIO, logRatio)), support };
}
