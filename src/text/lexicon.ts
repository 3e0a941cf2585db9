/**
 * The distinct tokens a repairer has met, each kept once as a `Word`.
 *
 * Stages of a repair look words up: the trie's first words, the
 * standing-word facts. Done on the tokens' strings, each
 * lookup hashes and compares the same text again, and the tokenizer makes two
 * strings per token (its text and its lowercased norm) to do it with. Interned
 * here, a token costs one hash computed over the input's characters with
 * ASCII case folded (no string is made for a word met before), and the
 * stages keep what they looked up on the Word itself.
 *
 * Measured on the bench corpus (5 MB, fastest of 5 warm passes, old and new
 * build in one process): repair took 540 ms against 654 ms with Token objects
 * and per-stage Map lookups.
 */
import { labelBit, type TrieNode } from '../dictionary/compile';
import type { ThesaurusWordEvidence } from '../score/thesaurus';
import { KINDS, normOf, NUMBER, PUNCT, SPACE, WORD, type TokenKind } from './tokenize';

export class Word {
  /**
   * Trie node of the keys starting with this word (null: none), looked up
   * once in the trie whose root is `firstRoot` (startingNode, src/match/trie-walk.ts).
   */
  firstNode: TrieNode | null = null;
  firstRoot: TrieNode | null = null;
  /**
   * What the word says when it stands outside the spans, as worked out by
   * `factsOwner` (src/score/standing-words.ts): kept on the Word itself, not in
   * an object of their own, so that the pass over a text's words reads one object per word.
   */
  factsOwner: object | null = null;
  /**
   * null rather than 0 for the many words that are no original: a number is
   * held in an object of its own (a field that ever held a fraction holds
   * every value so), which the pass would read for every word.
   */
  standing: number | null = null;
  thesaurus: ThesaurusWordEvidence | null = null;
  /**
   * Where the word stands outside the spans of the text being repaired, as
   * chained by the SurvivorCounter numbered `survivorStamp` (src/score/survivors.ts).
   */
  survivorStamp = 0;
  firstPart = 0;
  lastPart = 0;

  /** The trie's labelBit() of the norm: which children a trie node may have for this word. */
  readonly labelBit: number;
  /** The word without its possessive "'s" ("membership's" -> "membership"), else null (src/match/find.ts). */
  readonly possessiveStem: string | null;

  constructor(
    /** The matching key: lowercased, curly apostrophes folded (see normOf). */
    readonly norm: string,
    readonly kind: TokenKind,
    /** Kind as the scanner's number (WORD, NUMBER, PUNCT, SPACE). */
    readonly code: number,
    readonly hash: number,
  ) {
    this.labelBit = labelBit(norm);
    this.possessiveStem = code === WORD && norm.length > 2 && norm.endsWith("'s") ? norm.slice(0, -2) : null;
  }
}

/** Every whitespace token is this one Word: its norm is a single space. */
export const SPACE_WORD = new Word(' ', 'space', SPACE, 0);

/** Past this many words, the lexicon starts afresh (between documents): what it keeps stays bounded. */
const MAX_WORDS = 100_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII letters lowercased; every other code unit as it is. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);


/** The kinds (scanner codes) a Word other than SPACE_WORD may have. */
const CONTENT_CODES = [WORD, NUMBER, PUNCT];

/** Slots of a fresh table (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Room for the norms' code units in a fresh lexicon. */
const INITIAL_CHARS = 1 << 15;

export class Lexicon {
  private words: Word[] = [];
  /**
   * Open addressing, linear probing, kept at most half full: slot s is
   * table[2s] (the word's hash) and table[2s + 1] (its index in `words` + 1,
   * 0 when empty). Hash and index side by side: a probe reads one cache line.
   */
  private table = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  /**
   * Every word's norm, code unit after code unit: word id's (its index in
   * `words` + 1) from normStarts[id - 1] to normStarts[id]. A token is
   * compared with a norm here rather than with the Word's string: two small
   * arrays instead of the Word and its string, seldom in the CPU cache. The
   * bench corpus's tokens (5 MB, TokenList alone, warm passes) took 91-103 ms
   * compared with the strings, 77-88 ms compared here.
   */
  private normChars = new Uint16Array(INITIAL_CHARS);
  private normStarts = new Int32Array(INITIAL_SLOTS + 1);

  /** Forget every word (called between documents once the lexicon is large). */
  trim(): void {
    if (this.words.length < MAX_WORDS) return;
    this.words = [];
    this.table = new Int32Array(2 * INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.normChars = new Uint16Array(INITIAL_CHARS);
    this.normStarts = new Int32Array(INITIAL_SLOTS + 1);
  }

  /** The Word of the token text.slice(start, end), of kind `code` (see scanToken). */
  intern(text: string, start: number, end: number, code: number): Word {
    if (code === SPACE) return SPACE_WORD;
    let h = FNV_OFFSET ^ code;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Beyond ASCII, case folding and apostrophes need the full normalisation.
      if (c >= 0x80) return this.internNorm(normOf(KINDS[code], text.slice(start, end)), code);
      h = Math.imul(h ^ fold(c), FNV_PRIME);
    }
    return this.find(text, start, end, code, h);
  }

  /**
   * If the token at i is a plain ASCII word (letters that no apostrophe,
   * hyphen or non-ASCII character extends: most tokens), set words[n] to its
   * Word and return where it ends; else return -1. The letters are hashed
   * as they are scanned (one pass over them instead of two: the tokens of the
   * 5 MB bench corpus took 77-89 ms with two passes, 70-82 ms with one;
   * TokenList alone, warm passes). The end is returned rather than read from
   * the Word's norm, which the next token's scan would wait for.
   */
  addPlainWord(text: string, i: number, words: Word[], n: number): number {
    let h = FNV_OFFSET ^ WORD;
    let end = i;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end) | 0x20; // a letter lowercased, as fold() gives it
      if (c < 0x61 || c > 0x7a) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (end === i) return -1;
    if (end < text.length) {
      const c = text.charCodeAt(end);
      if (c >= 0x80 || c === 0x27 || c === 0x2d) return -1;
    }
    words[n] = this.plainWord(text, i, end, h);
    return end;
  }

  /**
   * The Word of the plain ASCII word text.slice(start, end), whose hash is h,
   * looked up by a probe of its own: the scanner makes no other kind of token
   * of letters, so a Word whose norm they are is a word too, and need not be
   * read to tell (it seldom is in the CPU cache). TokenList alone on the bench
   * corpus: 66-75 ms against 77-88 ms through find().
   */
  private plainWord(text: string, start: number, end: number, h: number): Word {
    const table = this.table;
    const chars = this.normChars;
    const starts = this.normStarts;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = table[2 * s + 1];
      if (id === 0) return this.add(normOf('word', text.slice(start, end)), WORD, h, s);
      if (table[2 * s] !== h) continue;
      const from = starts[id - 1];
      if (starts[id] - from !== end - start) continue;
      let i = start;
      while (i < end && chars[from + i - start] === (text.charCodeAt(i) | 0x20)) i++;
      if (i === end) return this.words[id - 1];
    }
  }

  /**
   * The Word whose norm is `norm`, if one was met (since the lexicon last
   * started afresh): of whichever kind, as a norm tells its kind.
   */
  lookup(norm: string): Word | undefined {
    for (const code of CONTENT_CODES) {
      const s = this.slotOf(norm, code);
      const id = this.table[2 * s + 1];
      if (id !== 0) return this.words[id - 1];
    }
    return undefined;
  }

  /** The Word of ASCII token text.slice(start, end) whose folded hash is h, added if new. */
  private find(text: string, start: number, end: number, code: number, h: number): Word {
    const table = this.table;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = table[2 * s + 1];
      if (id === 0) return this.add(normOf(KINDS[code], text.slice(start, end)), code, h, s);
      if (table[2 * s] !== h) continue;
      if (this.normIs(id, text, start, end)) {
        const w = this.words[id - 1];
        if (w.code === code) return w;
      }
    }
  }

  /** Is text.slice(start, end), ASCII capitals lowercased, the norm of word id? */
  private normIs(id: number, text: string, start: number, end: number): boolean {
    const from = this.normStarts[id - 1];
    if (this.normStarts[id] - from !== end - start) return false;
    const chars = this.normChars;
    for (let i = start; i < end; i++) if (chars[from + i - start] !== fold(text.charCodeAt(i))) return false;
    return true;
  }

  /** The Word of a normalised form, added if new. */
  private internNorm(norm: string, code: number): Word {
    const s = this.slotOf(norm, code);
    const id = this.table[2 * s + 1];
    return id !== 0 ? this.words[id - 1] : this.add(norm, code, hashNorm(norm, code), s);
  }

  /** The slot of the Word of this norm and kind: where it is, or the empty slot where it would go. */
  private slotOf(norm: string, code: number): number {
    const h = hashNorm(norm, code);
    const table = this.table;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = table[2 * s + 1];
      if (id === 0) return s;
      if (table[2 * s] !== h) continue;
      const w = this.words[id - 1];
      if (w.code === code && w.norm === norm) return s;
    }
  }

  private add(norm: string, code: number, hash: number, slot: number): Word {
    const w = new Word(norm, KINDS[code], code, hash);
    this.words.push(w);
    const id = this.words.length;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = id;
    this.keepNorm(id, norm);
    if (id * 2 > this.mask) this.grow();
    return w;
  }

  /** Append the norm of word id (the last added) to normChars. */
  private keepNorm(id: number, norm: string): void {
    if (id + 1 > this.normStarts.length) {
      const starts = new Int32Array(2 * this.normStarts.length);
      starts.set(this.normStarts);
      this.normStarts = starts;
    }
    const from = this.normStarts[id - 1];
    if (from + norm.length > this.normChars.length) {
      const chars = new Uint16Array(Math.max(2 * this.normChars.length, from + norm.length));
      chars.set(this.normChars);
      this.normChars = chars;
    }
    for (let i = 0; i < norm.length; i++) this.normChars[from + i] = norm.charCodeAt(i);
    this.normStarts[id] = from + norm.length;
  }

  /** Double the table. */
  private grow(): void {
    const mask = this.mask * 2 + 1;
    const table = new Int32Array(2 * (mask + 1));
    for (let id = 1; id <= this.words.length; id++) {
      const h = this.words[id - 1].hash;
      let s = h & mask;
      while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
      table[2 * s] = h;
      table[2 * s + 1] = id;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** The hash of a normalised form: that of the ASCII path (a norm has no ASCII capitals). */
function hashNorm(norm: string, code: number): number {
  let h = FNV_OFFSET ^ code;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ fold(norm.charCodeAt(i)), FNV_PRIME);
  return h;
}
