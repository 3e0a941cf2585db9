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
import { PackedTable } from '../packed-table';

export interface FrequencyModel {
  /**
   * Occurrences per million words in clean text (never zero: unseen forms are
   * smoothed). `established`: the caller knows the phrase is English (an
   * original a maintainer wrote), so an unseen one gets half a count.
   */
  perMillion(key: string, established?: boolean): number;
  /** Raw count in the context corpus (Brown) of a word or a two-word sequence "w1 w2". */
  count(key: string): number;
  /** count(`${first} ${second}`) without building the key: the context model's hot path. */
  pairCount(first: string, second: string): number;
  /** Tokens in the context corpus. */
  readonly contextTokens: number;
}

/**
 * The shipped counts, packed as text so that loading them is one quick
 * JSON.parse (an object with 150,000 keys took four times as long to parse,
 * and as long again to turn into Maps); the tables are unpacked piecemeal,
 * as lookups need them (src/packed-table.ts).
 */
export interface FrequencyData {
  brownTokens: number;
  subtlexTokens: number;
  /** Lines "word TAB Brown count TAB SUBTLEX count". */
  words: string;
  /** Lines "multiword phrase TAB Brown count". */
  phrases: string;
  /**
   * Two-word sequences by first word: "second TAB count TAB second TAB count ...".
   * The Brown bigrams seen at least twice, plus the two-word dictionary phrases.
   */
  pairs: Record<string, string>;
  /** Multiword forms that are WordNet lemmas (established English). */
  lexicalized: string[];
}

/** Prefixes that make new hyphenated words freely (non-binding, anti-war, co-founder, ex-wife). */
const PREFIXES = new Set(['non', 'anti', 'pre', 'post', 'co', 're', 'self', 'ex', 'multi', 'semi', 'mid', 'inter', 'sub', 'super', 'over', 'under', 'cross', 'counter', 'pro', 'un', 'vice', 'e', 'x', 'mega', 'mini', 'micro', 'ultra', 'neo', 'pan', 'bi', 'tri']);

/** Weight of a word's own rate in P(next | previous) for unseen phrases (see nextWordChance). */
const CHAIN_SMOOTHING = 100;

/** Half a count: the smoothing that keeps an unseen form's rate above zero. */
const SMOOTHING = 0.5;

/** The tables, unpacked as they are used; Maps so that no key meets a prototype ("constructor"). */
class Tables {
  readonly words: PackedTable<[number, number]>;
  readonly phrases: PackedTable<number>;
  readonly lexicalized: Set<string>;
  /** Buckets of `pairs` unpacked so far. */
  private readonly pairBuckets = new Map<string, Map<string, number>>();

  constructor(private readonly data: FrequencyData) {
    this.words = new PackedTable(data.words, (f) => [Number(f[1]), Number(f[2])]);
    this.phrases = new PackedTable(data.phrases, (f) => Number(f[1]));
    this.lexicalized = new Set(data.lexicalized);
  }

  /** Count of `first second`, unpacking first's bucket when it is first asked for. */
  pair(first: string, second: string): number {
    let bucket = this.pairBuckets.get(first);
    if (bucket === undefined) {
      // Only words with pairs get a bucket, so the cache is bounded by the table, whatever the input.
      const packed = Object.prototype.hasOwnProperty.call(this.data.pairs, first) ? this.data.pairs[first] : undefined;
      if (typeof packed !== 'string') return 0;
      bucket = new Map();
      const f = packed.split('\t');
      for (let i = 0; i + 1 < f.length; i += 2) bucket.set(f[i], Number(f[i + 1]));
      this.pairBuckets.set(first, bucket);
    }
    const n = bucket.get(second);
    return n === undefined ? 0 : n;
  }
}

const tablesOf = new WeakMap<FrequencyData, Tables>();
function tables(data: FrequencyData): Tables {
  let t = tablesOf.get(data);
  if (!t) tablesOf.set(data, (t = new Tables(data)));
  return t;
}

// The lookups below avoid ?. and ?? on purpose: the CommonJS build turns them into helper calls
// (see src/match/find.ts), and these run several times per token.
const orZero = (n: number | undefined) => (n === undefined ? 0 : n);

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
    if (key.includes(' ')) return this.phraseRate(key, established);
    // A hyphenated compound the corpora never saw ("award-successful") is rated like an unseen
    // phrase of its parts: far rarer than half a count unless it is established English. Not
    // when it starts with a word-forming prefix: "non-permanent" is made up on the spot, and fine.
    if (key.includes('-') && !established && this.t.words.get(key) === undefined) {
      const parts = key.split('-').filter((p) => p !== '');
      if (parts.length > 1 && !PREFIXES.has(parts[0])) return this.phraseRate(parts.join(' '), false);
    }
    return this.wordRate(key);
  }

  get contextTokens(): number {
    return this.brownTokens;
  }

  count(key: string): number {
    const space = key.indexOf(' ');
    if (space >= 0 && key.indexOf(' ', space + 1) < 0) return this.pairCount(key.slice(0, space), key.slice(space + 1));
    const all = space >= 0 ? orZero(this.t.phrases.get(key)) : this.brownCount(key);
    return this.leaveOut ? Math.max(0, all - (this.leaveOut.get(key) ?? 0)) : all;
  }

  private brownCount(word: string): number {
    const counts = this.t.words.get(word);
    return counts === undefined ? 0 : counts[0];
  }

  pairCount(first: string, second: string): number {
    const all = this.t.pair(first, second);
    return this.leaveOut ? Math.max(0, all - (this.leaveOut.get(`${first} ${second}`) ?? 0)) : all;
  }

  private wordRate(word: string): number {
    const counts = this.t.words.get(word);
    const brownAll = counts === undefined ? 0 : counts[0];
    const subtlex = counts === undefined ? 0 : counts[1];
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
   * other unseen phrase is rated as a chain: its longest beginning that Brown
   * shows, then each further word given the one before (so "got here up quick"
   * comes out far rarer than "at the same time as"), capped at half a count.
   */
  private phraseRate(phrase: string, established: boolean): number {
    const total = orZero(this.t.phrases.get(phrase));
    const count = this.leaveOut ? Math.max(0, total - (this.leaveOut.get(phrase) ?? 0)) : total;
    if (count > 0 || established || this.t.lexicalized.has(phrase)) return ((count + SMOOTHING) / this.brownTokens) * 1e6;
    const words = phrase.split(' ');
    // Start from the longest beginning of the phrase that Brown shows ("at the same time" for
    // "at the same time as"), then chain the remaining words on.
    let known = 1;
    let rate = this.wordRate(words[0]) / 1e6;
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(' ');
      const c = this.count(prefix);
      if (c > 0) {
        known = n;
        rate = c / this.brownTokens;
        break;
      }
    }
    for (let i = known; i < words.length; i++) rate *= this.nextWordChance(words[i - 1], words[i]);
    return Math.min(rate * 1e6, (SMOOTHING / this.brownTokens) * 1e6);
  }

  /**
   * P(next | previous) from Brown word pairs, smoothed towards next's own rate
   * (weight CHAIN_SMOOTHING): an unseen phrase is rated as a chain of word pairs,
   * so "in a single day" (every pair common) comes out far commoner than "got here
   * up quick" (pairs Brown never shows), where counting the words as independent
   * rated both alike.
   */
  private nextWordChance(previous: string, next: string): number {
    const rate = this.wordRate(next) / 1e6;
    return (this.pairCount(previous, next) + CHAIN_SMOOTHING * rate) / (this.brownCount(previous) + CHAIN_SMOOTHING);
  }
}

const shared = lazy(() => new CorpusFrequencies(fromJson<FrequencyData>(data)));
export function defaultFrequencies(): FrequencyModel {
  return shared();
}
