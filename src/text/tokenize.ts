/**
 * Tokenizer that keeps exact source offsets.
 *
 * Every character of the input belongs to exactly one token, so the tokens
 * concatenated give back the input: the apply stage can splice replacements
 * in without touching anything else (CRLF, curly quotes, BOM, odd spacing).
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'space';

export interface Token {
  kind: TokenKind;
  /** The exact source text. */
  text: string;
  /** Lowercased text, with curly apostrophes folded to straight ones (matching key). */
  norm: string;
  /** Offset of the first UTF-16 code unit in the input. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

// The grammar, as a regular expression (the scanner below implements exactly
// this; tests/property.test.ts checks the two agree on arbitrary text):
//
//   WORD   = (?:L[LM]*(?:['’][LM]+)*|N+(?=-L))(?:-[LMN]+(?:['’][LM]+)*)*
//   NUMBER = N+(?:[.,:]N+)*L*
//   SPACE  = \s+
//   PUNCT  = any one code point (a surrogate pair stays whole)
//
// tried in that order at each position, with L, M, N the Unicode letters,
// marks and numbers. A word: letters (with combining marks), optionally joined
// by apostrophes (contractions: didn't, I'll, rock'n'roll) and hyphens
// (US-backed, 70-year-old); digits may appear inside a hyphenated word
// ("Covid-19", "70-year-old"). A number: digits with inner separators (1,000
// 3.5 10:30), optional trailing letters (2nd, 5km).
//
// Why a hand-written scanner: the regex ran at about a tenth of the speed of
// a bare /\p{L}+|\p{N}+|\S/gu and allocated a match array per token; the
// tokenizer is the one stage that touches every character.

const L = 1;
const M = 2;
const N = 4;
const S = 8;
const KNOWN = 16;

/** Class bits of each BMP code point, filled in on first sight (0: not yet classified). */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? L : 0) |
    (/\p{M}/u.test(ch) ? M : 0) |
    (/\p{N}/u.test(ch) ? N : 0) |
    (/\s/u.test(ch) ? S : 0)
  );
}

for (let c = 0; c < 0x80; c++) BMP_CLASSES[c] = classify(c);

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const f = BMP_CLASSES[cp];
    return f !== 0 ? f : (BMP_CLASSES[cp] = classify(cp));
  }
  let f = ASTRAL_CLASSES.get(cp);
  if (f === undefined) ASTRAL_CLASSES.set(cp, (f = classify(cp)));
  return f;
}

/** Code point at i (a lone surrogate is its own code point); i must be < text.length. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Class bits of the code point at i, or 0 past the end. */
const classAt = (text: string, i: number) => (i < text.length ? classOf(codePointAt(text, i)) : 0);

/** End of the run of code points from i whose class has one of `bits`. */
function skip(text: string, i: number, bits: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if ((classOf(cp) & bits) === 0) break;
    i += width(cp);
  }
  return i;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** (?:['’][LM]+)* from i. */
function apostrophes(text: string, i: number): number {
  while (isApostrophe(text.charCodeAt(i)) && classAt(text, i + 1) & (L | M)) i = skip(text, i + 1, L | M);
  return i;
}

/** (?:-[LMN]+(?:['’][LM]+)*)* from i. */
function hyphenated(text: string, i: number): number {
  while (text.charCodeAt(i) === 0x2d && classAt(text, i + 1) & (L | M | N)) i = apostrophes(text, skip(text, i + 1, L | M | N));
  return i;
}

/** (?:[.,:]N+)*L* from i. */
function numberTail(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x2c || c === 0x3a) && classAt(text, i + 1) & N) i = skip(text, i + 1, N);
    else break;
  }
  return skip(text, i, L);
}

/** Lowercase and fold curly apostrophes, the form every dictionary key is stored in. */
export function normalizeWord(text: string): string {
  return (text.indexOf('\u2019') === -1 ? text : text.replace(/\u2019/g, "'")).toLowerCase();
}

/**
 * A token's matching key. ASCII punctuation and plain numbers have no case to
 * fold (the quick path); other symbols may ("Ⓐ" -> "ⓐ"), so they go the long way.
 */
export function normOf(kind: TokenKind, t: string): string {
  if (kind === 'space') return ' ';
  if (kind === 'punct' && t.charCodeAt(0) < 0x80) return t;
  if (kind === 'number' && isAsciiNumber(t)) return t;
  return normalizeWord(t);
}

/** Only ASCII digits and separators (a Roman numeral such as "Ⅻ" is a number with case). */
function isAsciiNumber(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c ^ 0x30) >= 10 && c !== 0x2e && c !== 0x2c && c !== 0x3a) return false;
  }
  return true;
}

/** Token kinds as the scanner reports them (an index into KINDS). */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;
export const SPACE = 3;
export const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'space'];

/**
 * The token starting at i, as `end * 4 + kind`: one number, so that the
 * scanner allocates nothing (a JS string is shorter than 2^29, so this stays
 * a small integer).
 */
export function scanToken(text: string, i: number): number {
  const cp = codePointAt(text, i);
  const cls = classOf(cp);
  if (cls & L) return hyphenated(text, apostrophes(text, skip(text, i + width(cp), L | M))) * 4 + WORD;
  if (cls & N) {
    const digits = skip(text, i, N);
    if (text.charCodeAt(digits) === 0x2d && classAt(text, digits + 1) & L) return hyphenated(text, digits) * 4 + WORD;
    return numberTail(text, digits) * 4 + NUMBER;
  }
  if (cls & S) return skip(text, i + width(cp), S) * 4 + SPACE;
  return (i + width(cp)) * 4 + PUNCT;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const scanned = scanToken(text, i);
    const end = scanned >> 2;
    const kind = KINDS[scanned & 3];
    const t = text.slice(i, end);
    tokens.push({ kind, text: t, norm: normOf(kind, t), start: i, end });
    i = end;
  }
  return tokens;
}
