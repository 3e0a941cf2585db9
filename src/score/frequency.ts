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
import { PackedPairs } from '../packed-pairs';
import { conditionKey, heldShare, pooledShare } from './condition-rates';

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
  /**
   * Share of a form's clean occurrences where the entry's context conditions
   * hold (src/score/condition-rates.ts), or 1 when the model has no count for
   * this entry, form and conditions. Optional: a model without it rates every
   * form on its bare word rate.
   */
  conditionShare?(side: 'spun' | 'original', entryId: string, form: string, signature: string): number;
}

/**
 * The shipped counts, packed as text so that loading them is one quick
 * JSON.parse (an object with 150,000 keys took four times as long to parse,
 * and as long again to turn into Maps); lookups read the text where it is
 * (src/packed-table.ts, src/packed-pairs.ts).
 */
export interface FrequencyData {
  brownTokens: number;
  subtlexTokens: number;
  /** Lines "word TAB Brown count TAB SUBTLEX count". */
  words: string;
  /** Lines "multiword phrase TAB Brown count". */
  phrases: string;
  /**
   * Two-word sequences, a line per first word: "first TAB second TAB count TAB second TAB count ...".
   * The Brown bigrams seen at least twice, plus the two-word dictionary phrases.
   */
  pairs: string;
  /** Multiword forms that are WordNet lemmas (established English). */
  lexicalized: string[];
  /**
   * Lines "side|entry id|form TAB context signature TAB held TAB all": Brown
   * occurrences of a conditioned entry's spun form (side s) or original (side o),
   * or of all its forms (side p, form empty), and those where its conditions
   * hold (src/score/condition-rates.ts).
   */
  conditions?: string;
}

/** Prefixes that make new hyphenated words freely (non-binding, anti-war, co-founder, ex-wife). */
const PREFIXES = new Set(['non', 'anti', 'pre', 'post', 'co', 're', 'self', 'ex', 'multi', 'semi', 'mid', 'inter', 'sub', 'super', 'over', 'under', 'cross', 'counter', 'pro', 'un', 'vice', 'e', 'x', 'mega', 'mini', 'micro', 'ultra', 'neo', 'pan', 'bi', 'tri']);

/** Weight of a word's own rate in P(next | previous) for unseen phrases (see nextWordChance). */
const CHAIN_SMOOTHING = 100;

/** Half a count: the smoothing that keeps an unseen form's rate above zero. */
const SMOOTHING = 0.5;

/** The tables, looked up where they are shipped (see src/packed-table.ts, src/packed-pairs.ts). */
class Tables {
  readonly words: PackedTable;
  readonly phrases: PackedTable;
  readonly pairs: PackedPairs;
  readonly lexicalized: Set<string>;
  readonly conditions: PackedTable;

  constructor(data: FrequencyData) {
    this.conditions = new PackedTable(data.conditions ?? '');
    this.words = new PackedTable(data.words);
    this.phrases = new PackedTable(data.phrases);
    this.pairs = new PackedPairs(data.pairs);
    this.lexicalized = new Set(data.lexicalized);
  }

  /** Brown count of a word (field 0 of its line), 0 when unlisted. */
  brown(word: string): number {
    const at = this.words.find(word);
    return at < 0 ? 0 : this.words.integerAt(at, 0);
  }

  /** Brown count of a multiword phrase, 0 when unlisted. */
  phrase(phrase: string): number {
    const at = this.phrases.find(phrase);
    return at < 0 ? 0 : this.phrases.integerAt(at, 0);
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
    // So is a dotted form the corpora never saw ("U.Okay", a spun "U.K"): rated as one unseen
    // word it was as common as the abbreviation it garbles.
    if ((key.includes('-') || key.includes('.')) && !established && !this.t.words.has(key)) {
      const parts = key.split(/[-.]/).filter((p) => p !== '');
      if (parts.length > 1 && !PREFIXES.has(parts[0])) return this.phraseRate(parts.join(' '), false);
    }
    return this.wordRate(key);
  }

  get contextTokens(): number {
    return this.brownTokens;
  }

  conditionShare(side: 'spun' | 'original', entryId: string, form: string, signature: string): number {
    const own = this.conditionCounts(conditionKey(side, entryId, form), signature);
    if (own === null) return 1;
    const pooled = this.conditionCounts(conditionKey('pooled', entryId, ''), signature);
    return heldShare(own.held, own.all, pooled === null ? 1 : pooledShare(pooled.held, pooled.all));
  }

  /** A count line's held and all (less the left-out file's), or null without a line measured with these conditions. */
  private conditionCounts(key: string, signature: string): { held: number; all: number } | null {
    const at = this.t.conditions.find(key);
    if (at < 0) return null;
    const [measuredWith] = this.t.conditions.fieldsAt(at);
    if (measuredWith !== signature) return null;
    const held = this.t.conditions.integerAt(at, 1);
    const all = this.t.conditions.integerAt(at, 2);
    if (!this.leaveOut) return { held, all };
    // Calibration leaves the scored document's own file out (keys "held KEY" and "all KEY").
    return { held: Math.max(0, held - (this.leaveOut.get(`held ${key}`) ?? 0)), all: Math.max(0, all - (this.leaveOut.get(`all ${key}`) ?? 0)) };
  }

  count(key: string): number {
    const space = key.indexOf(' ');
    if (space >= 0 && key.indexOf(' ', space + 1) < 0) return this.pairCount(key.slice(0, space), key.slice(space + 1));
    const all = space >= 0 ? this.t.phrase(key) : this.t.brown(key);
    return this.leaveOut ? Math.max(0, all - (this.leaveOut.get(key) ?? 0)) : all;
  }

  pairCount(first: string, second: string): number {
    const all = this.t.pairs.count(first, second);
    return this.leaveOut ? Math.max(0, all - (this.leaveOut.get(`${first} ${second}`) ?? 0)) : all;
  }

  private wordRate(word: string): number {
    const words = this.t.words;
    const at = words.find(word);
    const brownAll = at < 0 ? 0 : words.integerAt(at, 0);
    const subtlex = at < 0 ? 0 : words.integerAt(at, 1);
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
    const total = this.t.phrase(phrase);
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
    return (this.pairCount(previous, next) + CHAIN_SMOOTHING * rate) / (this.t.brown(previous) + CHAIN_SMOOTHING);
  }
}

const shared = lazy(() => new CorpusFrequencies(fromJson<FrequencyData>(data)));
export function defaultFrequencies(): FrequencyModel {
  return shared();
}
