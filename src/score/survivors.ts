/**
 * Originals left standing. A spinner replaces every match of its table, so an
 * original that still occurs in the text (outside the spans we suspect) says
 * the spinner's table has no entry for it: a candidate that would restore it
 * is probably wrong ("talks" left three times in a page makes "negotiations"
 * -> "talks" unlikely there).
 */
import type { Token } from '../text/tokenize';

/** Marks a token inside a suspected span: it never equals a word of a key. */
const WALL = '\u0000';

export class SurvivorCounter {
  /** Content tokens in order, normalised; tokens inside candidate spans are WALL. */
  private readonly parts: string[] = [];
  /** Where each normalised content token occurs in `parts` (built on first use). */
  private positions?: Map<string, number[]>;
  private readonly cache = new Map<string, number>();

  constructor(tokens: Token[], spans: Array<{ firstToken: number; endToken: number }>) {
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (s < spans.length && spans[s].endToken <= i) s++;
      const t = tokens[i];
      if (t.kind === 'space') continue;
      // A suspected span is a wall: an original must not be counted across or inside it.
      this.parts.push(s < spans.length && spans[s].firstToken <= i ? WALL : t.norm);
    }
  }

  private index(): Map<string, number[]> {
    if (this.positions) return this.positions;
    const positions = new Map<string, number[]>();
    this.parts.forEach((p, i) => {
      if (p === WALL) return;
      const list = positions.get(p);
      if (list) list.push(i);
      else positions.set(p, [i]);
    });
    return (this.positions = positions);
  }

  /** Non-overlapping occurrences of a normalised form (one or more words), leftmost first. */
  count(key: string): number {
    let n = this.cache.get(key);
    if (n !== undefined) return n;
    const words = key.split(' ');
    const starts = this.index().get(words[0]) ?? [];
    n = 0;
    let free = 0;
    for (const p of starts) {
      if (p < free) continue;
      let k = 1;
      while (k < words.length && this.parts[p + k] === words[k]) k++;
      if (k === words.length) {
        n++;
        free = p + k;
      }
    }
    this.cache.set(key, n);
    return n;
  }
}
