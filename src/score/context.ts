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
 * Only the commonest words count as neighbours (at least GRAMMATICAL_NEIGHBOUR
 * Brown occurrences: "the", "to", "was", "has", about a hundred words, mostly
 * function words). Their company is a matter of grammar ("to finish" but
 * "the end"), which holds from one decade and genre to the next; a content
 * word's company in 1961 prose is a collocation of its time ("finish America"
 * unseen), and on modern news it misled: with every neighbour counted, the
 * simulated spinner on modern news (scripts/eval-modern.ts) was undone less
 * (net 0.630 at the default threshold, against 0.637 with these neighbours
 * only and 0.640 with no context at all), while on held-out Brown it did a
 * little better (0.599 against 0.593).
 *
 * The model also abstains on a side (contributes 0) when neither word was seen
 * next to the neighbour, and unless both words were seen at least
 * MIN_SUPPORT times: comparing a well-measured common original with
 * a rare spun word that only has its smoothing to go on would favour the
 * original for being common, which the frequency evidence already counts.
 */
import type { FrequencyModel } from './frequency';

/** Bound on the log ratio: one pair of neighbours should not outweigh everything else. */
export const MAX_CONTEXT_LOG_RATIO = 4;
/** Brown occurrences each compared word needs before its neighbours count as evidence. */
export const MIN_SUPPORT = 20;
/** Brown occurrences a neighbour needs to count: the commonest words, whose company is grammar. */
export const GRAMMATICAL_NEIGHBOUR = 1000;

export interface ContextEvidence {
  /** log of how much better the neighbours fit the original; 0 when the model abstains. */
  logRatio: number;
  /** Bigram counts that informed the estimate (0: the model abstained). */
  support: number;
  /** The log ratio of each side (word before, word after), or null where the model abstained on it. */
  left: number | null;
  right: number | null;
}

/** A side on which the model abstains (shared: nothing writes to it). */
const ABSTAIN: { logRatio: number; support: number } = { logRatio: 0, support: 0 };

/**
 * log P(neighbour | original) / P(neighbour | spun) on one side, with
 * P(n | w) = (c(n w) + mu * P(n)) / (c(w) + mu); 0 (abstain) unless both
 * words have MIN_SUPPORT counts. `before`: the neighbour stands before the
 * words (else after them), which orders their pairs.
 */
function sideLogRatio(
  freq: FrequencyModel,
  neighbour: string,
  original: string,
  spun: string,
  before: boolean,
  mu: number,
): { logRatio: number; support: number } {
  const cNeighbour = freq.count(neighbour);
  if (cNeighbour < GRAMMATICAL_NEIGHBOUR) return ABSTAIN;
  const cOriginal = freq.count(original);
  const cSpun = freq.count(spun);
  if (cOriginal < MIN_SUPPORT || cSpun < MIN_SUPPORT) return ABSTAIN;
  const smoothed = mu * ((cNeighbour + 0.5) / freq.contextTokens);
  const pairO = before ? freq.pairCount(neighbour, original) : freq.pairCount(original, neighbour);
  const pairS = before ? freq.pairCount(neighbour, spun) : freq.pairCount(spun, neighbour);
  // Neither word was ever seen beside this neighbour: the smoothed estimates would
  // then only say which word is commoner, which the frequency evidence already counts.
  if (pairO + pairS === 0) return ABSTAIN;
  const logRatio = Math.log((pairO + smoothed) / (cOriginal + mu) / ((pairS + smoothed) / (cSpun + mu)));
  return { logRatio, support: pairO + pairS };
}

// Edges of multiword forms, kept: the forms are mostly dictionary keys, looked up again and again,
// and a kept string keeps its hash for the frequency tables' lookups.
const multiwordEdges = new Map<string, [string, string]>();

/** First word of a normalised form (the form itself when it is one word: no pair is made). */
export function firstWord(form: string): string {
  return form.indexOf(' ') < 0 ? form : edges(form)[0];
}

/** Last word of a normalised form. */
export function lastWord(form: string): string {
  return form.indexOf(' ') < 0 ? form : edges(form)[1];
}

/** First and last word of a multiword form, kept. */
function edges(form: string): [string, string] {
  let e = multiwordEdges.get(form);
  if (!e) {
    if (multiwordEdges.size >= 50_000) multiwordEdges.clear();
    multiwordEdges.set(form, (e = [form.slice(0, form.indexOf(' ')), form.slice(form.lastIndexOf(' ') + 1)]));
  }
  return e;
}

/**
 * The words of an original and its spun form that meet the neighbours: each
 * form's first word meets the word before, its last word the word after (the
 * form itself when it is one word). Worked out once per variant (Variant.edges).
 */
export interface ContextEdges {
  originalFirst: string;
  spunFirst: string;
  originalLast: string;
  spunLast: string;
}

export function contextEdges(original: string, spun: string): ContextEdges {
  return { originalFirst: firstWord(original), spunFirst: firstWord(spun), originalLast: lastWord(original), spunLast: lastWord(spun) };
}

export function contextEvidence(
  freq: FrequencyModel,
  prev: string | undefined,
  next: string | undefined,
  edges: ContextEdges,
  mu: number,
): ContextEvidence {
  let support = 0;
  let left: number | null = null;
  let right: number | null = null;
  if (prev !== undefined) {
    const side = sideLogRatio(freq, prev, edges.originalFirst, edges.spunFirst, true, mu);
    if (side.support > 0) left = side.logRatio;
    support += side.support;
  }
  if (next !== undefined) {
    const side = sideLogRatio(freq, next, edges.originalLast, edges.spunLast, false, mu);
    if (side.support > 0) right = side.logRatio;
    support += side.support;
  }
  return { logRatio: bounded((left ?? 0) + (right ?? 0)), support, left, right };
}

/** A log ratio bounded to [-MAX_CONTEXT_LOG_RATIO, MAX_CONTEXT_LOG_RATIO]. */
export function bounded(logRatio: number): number {
  return Math.max(-MAX_CONTEXT_LOG_RATIO, Math.min(MAX_CONTEXT_LOG_RATIO, logRatio));
}
