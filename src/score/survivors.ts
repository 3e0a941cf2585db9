/**
 * Originals left standing. A spinner replaces every match of its table, so an
 * original that still occurs in the text (outside the spans we suspect) says
 * the spinner's table has no entry for it: a candidate that would restore it
 * is probably wrong ("talks" left three times in a page makes "negotiations"
 * -> "talks" unlikely there).
 *
 * The occurrences are chained by interned Word (src/text/lexicon.ts): each
 * Word notes where it first and last stood, each occurrence where the same
 * Word stands next. Built in one pass with no lookup or allocation per token;
 * a count looks its first word up in the lexicon once. Measured on the 5 MB
 * bench corpus (105 passes of each, alternating in one process): repair
 * 352 ms (fastest tenth) and 385 ms (median) with a Set of the candidates'
 * first words and a Map of their positions, 337 and 374 ms chained; median
 * ratio of paired passes 0.951.
 */
import type { TokenList } from '../text/token-list';
import type { Word } from '../text/lexicon';

/** Counters made so far: each stamps the Words it chains with its own number. */
let counters = 0;

export class SurvivorCounter {
  /**
   * Content tokens in order, by token index; -1 inside candidate spans (never
   * a word of a key). The first `size` are set. A typed array of the most
   * parts there can be, not an array grown part by part: growing it made a
   * tenth of the bytes a repair allocates (220 MB a pass over the 50 MB bench
   * corpus, sampling heap profile).
   */
  private readonly parts: Int32Array;
  private size = 0;
  /** For each part, the next part with the same Word (0: none; a chain only goes forward). */
  private readonly nextSame: Int32Array;
  /** Marks the Words whose `firstPart` and `lastPart` are this counter's. */
  private readonly stamp = ++counters;
  private readonly cache = new Map<string, number>();

  /**
   * The parts are added by the one pass over the words outside the spans
   * (StandingWords.evidence, src/score/standing-words.ts): `chain` for each
   * content token between spans, `wall` for each inside one, in text order.
   */
  constructor(private readonly tokens: TokenList) {
    this.parts = new Int32Array(tokens.length);
    this.nextSame = new Int32Array(tokens.length);
  }

  /** Add token i, whose word is w, as the next part, linked from its word's previous occurrence. */
  chain(w: Word, i: number): void {
    const n = this.size++;
    if (w.survivorStamp !== this.stamp) {
      w.survivorStamp = this.stamp;
      w.firstPart = n;
    } else {
      this.nextSame[w.lastPart] = n;
    }
    w.lastPart = n;
    this.parts[n] = i;
  }

  /** The content tokens added so far: once the pass is done, every content token of the text. */
  get contentTokens(): number {
    return this.size;
  }

  /** Add a content token inside a suspected span: a wall, as an original must not be counted across or inside it. */
  wall(): void {
    this.parts[this.size++] = -1;
  }

  /** Non-overlapping occurrences of a normalised form (one or more words), leftmost first. */
  count(key: string): number {
    let n = this.cache.get(key);
    if (n !== undefined) return n;
    // Most keys are one word: no array of words (nor copy of the key) to make for them.
    const words = key.indexOf(' ') < 0 ? [key] : key.split(' ');
    const first = this.tokens.lexicon.lookup(words[0]);
    n = 0;
    if (first !== undefined && first.survivorStamp === this.stamp) {
      let free = 0;
      for (let p = first.firstPart; ; p = this.nextSame[p]) {
        if (p >= free && this.standsAt(words, p)) {
          n++;
          free = p + words.length;
        }
        if (p === first.lastPart) break;
      }
    }
    this.cache.set(key, n);
    return n;
  }

  /** Whether the words after the first of a key follow part p. */
  private standsAt(words: string[], p: number): boolean {
    if (p + words.length > this.size) return false;
    for (let k = 1; k < words.length; k++) {
      const token = this.parts[p + k];
      if (token < 0 || this.tokens.words[token].norm !== words[k]) return false;
    }
    return true;
  }
}
