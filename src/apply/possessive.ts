/**
 * Possessive agreement. A plural noun's possessive is an apostrophe alone
 * ("the authorities' plan"); once a singular original is back, it needs "'s"
 * ("the government's plan", not "the government' plan").
 */
import type { TokenList } from '../text/token-list';

const APOSTROPHES = new Set(["'", '\u2019']);
const OPENING_QUOTES = new Set(["'", '\u2018']);
/** Tokens looked back over for an opening single quote the apostrophe might close. */
const QUOTE_LOOKBACK = 12;

/**
 * The apostrophe token right after a span (ending at token `last`) that makes
 * its last word a plural possessive, or -1: it follows the word with no space,
 * a word follows it after a space, and it does not close a single quotation
 * opened shortly before ("the word 'authorities' was").
 */
export function pluralPossessiveAfter(tokens: TokenList, last: number): number {
  const k = last + 1;
  if (k + 2 >= tokens.length || tokens.kind(k) !== 'punct' || !APOSTROPHES.has(tokens.norm(k))) return -1;
  if (!tokens.isSpace(k + 1) || tokens.kind(k + 2) !== 'word') return -1;
  if (!/s$/i.test(tokens.text(last))) return -1;
  for (let i = last - 1; i >= 0 && i >= last - QUOTE_LOOKBACK; i--) {
    if (tokens.kind(i) === 'punct' && OPENING_QUOTES.has(tokens.norm(i)) && (i === 0 || tokens.isSpace(i - 1)) && i + 1 < tokens.length && !tokens.isSpace(i + 1)) return -1;
  }
  return k;
}

/** The possessive of a restored phrase written before `apostrophe`: "'s" unless it already ends in s. */
export const possessiveOf = (replacement: string, apostrophe: string): string => (/s$/i.test(replacement) ? replacement + apostrophe : replacement + apostrophe + 's');
