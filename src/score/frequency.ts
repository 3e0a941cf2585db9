/**
 * How common a word or phrase is in clean English, per million words.
 *
 * Measured at build time by scripts/build-data.ts on permissively licensed
 * corpora (Brown corpus without its press reportage files ca01-ca44, which
 * are kept for evaluation; SUBTLEX-US word counts) and shipped in
 * data/frequencies.json. See that file's header for sources and licences.
 */
import data from '../../data/frequencies.json';
import { fromJson, lazy } from '../data';

export interface FrequencyModel {
  /**
   * Occurrences per million words in clean text (never zero: unseen forms are
   * smoothed). `established`: the caller knows the phrase is English (an
   * original a maintainer wrote), so an unseen one gets half a count.
   */
  perMillion(key: string, established?: boolean): number;
  /** Raw count in the context corpus (Brown) of a word or a two-word sequence "w1 w2". */
  count(key: string): number;
  /** Tokens in the context corpus. */
  readonly contextTokens: number;
}

export interface FrequencyData {
  brownTokens: number;
  subtlexTokens: number;
  /** word -> [Brown count, SUBTLEX count] */
  words: Record<string, [number, number]>;
  /** multiword phrase -> Brown count */
  phrases: Record<string, number>;
  /** "w1 w2" -> Brown count, pairs seen at least twice */
  bigrams: Record<string, number>;
  /** Multiword forms that are WordNet lemmas (established English). */
  lexicalized: string[];
}

/** Half a count: the smoothing that keeps an unseen form's rate above zero. */
const SMOOTHING = 0.5;

/** The tables as Maps: no prototype keys ("constructor"), and quick lookups. */
interface Tables {
  words: Map<string, [number, number]>;
  phrases: Map<string, number>;
  bigrams: Map<string, number>;
  lexicalized: Set<string>;
}
const tablesOf = new WeakMap<FrequencyData, Tables>();
function tables(data: FrequencyData): Tables {
  let t = tablesOf.get(data);
  if (!t) {
    t = {
      words: new Map(Object.entries(data.words)),
      phrases: new Map(Object.entries(data.phrases)),
      bigrams: new Map(Object.entries(data.bigrams)),
      lexicalized: new Set(data.lexicalized),
    };
    tablesOf.set(data, t);
  }
  return t;
}

export class CorpusFrequencies implements FrequencyModel {
  private readonly t: Tables;
  private readonly brownTokens: number;
  private readonly subtlexTokens: number;

  /**
   * @param leaveOut Brown counts to subtract (calibration leaves each
   *   document's own file out of the rates it is scored with).
   */
  constructor(
    data: FrequencyData,
    public leaveOut?: Map<string, number>,
  ) {
    this.t = tables(data);
    this.brownTokens = data.brownTokens;
    this.subtlexTokens = data.subtlexTokens;
  }

  perMillion(key: string, established = false): number {
    return key.includes(' ') ? this.phraseRate(key, established) : this.wordRate(key);
  }

  get contextTokens(): number {
    return this.brownTokens;
  }

  count(key: string): number {
    const all = key.includes(' ') ? this.t.bigrams.get(key) ?? this.t.phrases.get(key) ?? 0 : this.t.words.get(key)?.[0] ?? 0;
    return this.leaveOut ? Math.max(0, all - (this.leaveOut.get(key) ?? 0)) : all;
  }

  private wordRate(word: string): number {
    const [brownAll, subtlex] = this.t.words.get(word) ?? [0, 0];
    const brown = this.leaveOut ? Math.max(0, brownAll - (this.leaveOut.get(word) ?? 0)) : brownAll;
    // Brown is edited prose of 1961; SUBTLEX is recent but spoken. Average the two rates.
    const brownRate = ((brown + SMOOTHING) / this.brownTokens) * 1e6;
    const subtlexRate = ((subtlex + SMOOTHING) / this.subtlexTokens) * 1e6;
    return (brownRate + subtlexRate) / 2;
  }

  /**
   * A phrase seen in Brown gets its counted rate. An unseen phrase that is
   * established English (a WordNet lemma such as "step down") gets half a
   * count, like an unseen word: Brown is simply too small to show it. Any
   * other unseen phrase is rated as if its words were independent (so "got
   * here up quick" comes out far rarer than half a count), capped at half a count.
   */
  private phraseRate(phrase: string, established: boolean): number {
    const total = this.t.phrases.get(phrase) ?? 0;
    const count = this.leaveOut ? Math.max(0, total - (this.leaveOut.get(phrase) ?? 0)) : total;
    if (count > 0 || established || this.t.lexicalized.has(phrase)) return ((count + SMOOTHING) / this.brownTokens) * 1e6;
    let independent = 1e6;
    for (const w of phrase.split(' ')) independent *= this.wordRate(w) / 1e6;
    return Math.min(independent, (SMOOTHING / this.brownTokens) * 1e6);
  }
}

const shared = lazy(() => new CorpusFrequencies(fromJson<FrequencyData>(data)));
export function defaultFrequencies(): FrequencyModel {
  return shared();
}
