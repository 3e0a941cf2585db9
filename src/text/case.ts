/**
 * Case patterns: read the capitalisation of the spun text and give the
 * replacement the same shape ("However" -> "But", "WHITE HOME" -> "WHITE HOUSE").
 */

export type CasePattern = 'lower' | 'upper' | 'title' | 'capitalized' | 'mixed';

const hasLetter = (s: string) => /\p{L}/u.test(s);
const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
const isCapitalized = (w: string) => {
  const first = w.match(/\p{L}/u)?.[0];
  return first !== undefined && isUpper(first);
};

/** Classify the capitalisation of a span of source text. */
export function casePattern(text: string): CasePattern {
  const words = text.split(/[\s]+/).filter(hasLetter);
  if (words.length === 0) return 'lower';
  const letters = words.join('');
  if (letters.replace(/[^\p{L}]/gu, '').length > 1 && isUpper(letters)) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  if (words.length > 1 && words.every(isCapitalized)) return 'title';
  if (isCapitalized(words[0]) && words.slice(1).every((w) => !isCapitalized(w))) return 'capitalized';
  // "Legal professional Basic": a spinner put a lowercase phrase for one word of a Title Case
  // name ("Attorney General") and capitalised only its first letter. First and last capitalised: a title.
  if (words.length > 1 && isCapitalized(words[0]) && isCapitalized(words[words.length - 1])) return 'title';
  return 'mixed';
}

const capitalizeFirst = (s: string) => s.replace(/\p{L}/u, (c) => c.toUpperCase());

/**
 * Give `replacement` the case pattern of `source`. A replacement that carries
 * its own capitals (a name such as "United States") keeps them unless the
 * source is ALL CAPS.
 */
export function applyCase(replacement: string, source: string): string {
  const pattern = casePattern(source);
  const ownCapitals = replacement !== replacement.toLowerCase();
  switch (pattern) {
    case 'upper':
      return replacement.toUpperCase();
    case 'title':
      return ownCapitals ? replacement : replacement.split(' ').map(capitalizeFirst).join(' ');
    case 'capitalized':
      return capitalizeFirst(replacement);
    default:
      return replacement;
  }
}
