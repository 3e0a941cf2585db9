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

// A word: letters (with combining marks), optionally joined by apostrophes
// (contractions: didn't, I'll, rock'n'roll) and hyphens (US-backed, 70-year-old).
// Digits may appear inside a hyphenated word ("Covid-19", "70-year-old").
const LETTERS = String.raw`[\p{L}\p{M}]+`;
const ALNUM = String.raw`[\p{L}\p{M}\p{N}]+`;
const WORD = String.raw`(?:\p{L}[\p{L}\p{M}]*(?:['\u2019]${LETTERS})*|\p{N}+(?=-\p{L}))(?:-${ALNUM}(?:['\u2019]${LETTERS})*)*`;
// A number: digits with inner separators (1,000  3.5  10:30), optional trailing letters (2nd, 5km).
const NUMBER = String.raw`\p{N}+(?:[.,:]\p{N}+)*\p{L}*`;
const SPACE = String.raw`\s+`;
// Anything else is punctuation, one code point at a time (a surrogate pair stays whole).
const PUNCT = String.raw`[^]`;

const TOKEN_RE = new RegExp(`(${WORD})|(${NUMBER})|(${SPACE})|(${PUNCT})`, 'gu');

/** Lowercase and fold curly apostrophes, the form every dictionary key is stored in. */
export function normalizeWord(text: string): string {
  return text.replace(/\u2019/g, "'").toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'space' : 'punct';
    const t = m[0];
    tokens.push({ kind, text: t, norm: kind === 'space' ? ' ' : normalizeWord(t), start: m.index, end: m.index + t.length });
  }
  return tokens;
}

/** True for tokens that take part in matching (not whitespace). */
export function isContent(token: Token): boolean {
  return token.kind !== 'space';
}
