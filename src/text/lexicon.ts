/**
 * The distinct tokens a repairer has met, each kept once as a `Word`.
 *
 * Every stage of a repair looks words up: the trie's first words, the
 * standing-word facts, the survivor index. Done on the tokens' strings, each
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
import type { TrieNode } from '../dictionary/compile';
import type { WordFacts } from '../score/standing-words';
import { KINDS, normOf, SPACE, WORD, type TokenKind } from './tokenize';

export class Word {
  /**
   * Trie node of the keys starting with this word (null: none), looked up
   * once in the trie whose root is `firstRoot` (src/match/find.ts).
   */
  firstNode: TrieNode | null = null;
  firstRoot: TrieNode | null = null;
  /** Facts about the word standing outside the spans, as worked out by `factsOwner` (src/score/standing-words.ts). */
  facts: WordFacts | null = null;
  factsOwner: object | null = null;

  constructor(
    /** The matching key: lowercased, curly apostrophes folded (see normOf). */
    readonly norm: string,
    readonly kind: TokenKind,
    /** Kind as the scanner's number (WORD, NUMBER, PUNCT, SPACE). */
    readonly code: number,
    readonly hash: number,
  ) {}
}

/** Every whitespace token is this one Word: its norm is a single space. */
export const SPACE_WORD = new Word(' ', 'space', SPACE, 0);

/** Past this many words, the lexicon starts afresh (between documents): what it keeps stays bounded. */
const MAX_WORDS = 100_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII letters lowercased; every other code unit as it is. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

export class Lexicon {
  private words: Word[] = [];
  /** Open addressing, linear probing: index + 1 into `words`, 0 for an empty slot. */
  private slots = new Int32Array(1 << 12);
  /** The hash of each slot's word, beside it: a probe that misses reads no Word. */
  private hashes = new Int32Array(1 << 12);

  /** Forget every word (called between documents once the lexicon is large). */
  trim(): void {
    if (this.words.length < MAX_WORDS) return;
    this.words = [];
    this.slots = new Int32Array(1 << 12);
    this.hashes = new Int32Array(1 << 12);
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
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id === 0) return this.add(normOf(KINDS[code], text.slice(start, end)), code, h, s);
      if (this.hashes[s] !== h) continue;
      const w = this.words[id - 1];
      if (w.code === code && sameFolded(w.norm, text, start, end)) return w;
    }
  }

  /**
   * The common case in one pass: a word of ASCII letters at `start` that
   * nothing extends (no apostrophe, hyphen or non-ASCII character follows),
   * scanned and hashed together. Null when the token at `start` is anything
   * else (then scanToken and intern take it). The word ends at start + norm.length.
   */
  asciiWord(text: string, start: number): Word | null {
    let h = FNV_OFFSET ^ WORD;
    let i = start;
    for (; i < text.length; i++) {
      const lower = text.charCodeAt(i) | 0x20;
      if (lower < 0x61 || lower > 0x7a) break;
      h = Math.imul(h ^ lower, FNV_PRIME);
    }
    if (i === start) return null;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 || c === 0x27 || c === 0x2d) return null;
    }
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id === 0) return this.add(normOf('word', text.slice(start, i)), WORD, h, s);
      if (this.hashes[s] !== h) continue;
      const w = this.words[id - 1];
      if (w.code === WORD && sameFolded(w.norm, text, start, i)) return w;
    }
  }

  /** The Word of a normalised form (its hash is that of the ASCII path: a norm has no ASCII capitals). */
  private internNorm(norm: string, code: number): Word {
    let h = FNV_OFFSET ^ code;
    for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ fold(norm.charCodeAt(i)), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id === 0) return this.add(norm, code, h, s);
      if (this.hashes[s] !== h) continue;
      const w = this.words[id - 1];
      if (w.code === code && w.norm === norm) return w;
    }
  }

  private add(norm: string, code: number, hash: number, slot: number): Word {
    const w = new Word(norm, KINDS[code], code, hash);
    this.words.push(w);
    this.slots[slot] = this.words.length;
    this.hashes[slot] = hash;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return w;
  }

  /** Double the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let id = 1; id <= this.words.length; id++) {
      const h = this.words[id - 1].hash;
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id;
      hashes[s] = h;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** Is text.slice(start, end), ASCII capitals lowercased, the string `norm`? */
function sameFolded(norm: string, text: string, start: number, end: number): boolean {
  if (norm.length !== end - start) return false;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) !== fold(text.charCodeAt(start + i))) return false;
  return true;
}
