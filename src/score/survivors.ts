/**
 * Originals left standing. A spinner replaces every match of its table, so an
 * original that still occurs in the text (outside the spans we suspect) says
 * the spinner's table has no entry for it: a candidate that would restore it
 * is probably wrong ("talks" left three times in a page makes "negotiations"
 * -> "talks" unlikely there).
 */
import type { Token } from '../text/tokenize';

export class SurvivorCounter {
  /** Content tokens outside candidate spans, normalised, joined by spaces with a space at each end. */
  private readonly haystack: string;
  private readonly cache = new Map<string, number>();

  constructor(tokens: Token[], spans: Array<{ firstToken: number; endToken: number }>) {
    const parts: string[] = [];
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (s < spans.length && spans[s].endToken <= i) s++;
      const t = tokens[i];
      if (t.kind === 'space') continue;
      // A suspected span is a wall: an original must not be counted across or inside it.
      parts.push(s < spans.length && spans[s].firstToken <= i ? '\u0000' : t.norm);
    }
    this.haystack = ' ' + parts.join(' ') + ' ';
  }

  /** Occurrences of a normalised form (one or more words). */
  count(key: string): number {
    let n = this.cache.get(key);
    if (n !== undefined) return n;
    n = 0;
    const needle = ' ' + key + ' ';
    for (let at = this.haystack.indexOf(needle); at !== -1; at = this.haystack.indexOf(needle, at + needle.length - 1)) n++;
    this.cache.set(key, n);
    return n;
  }
}
