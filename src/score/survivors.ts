/**
 * Originals left standing. A spinner replaces every match of its table, so an
 * original that still occurs in the text (outside the spans we suspect) says
 * the spinner's table has no entry for it: a candidate that would restore it
 * is probably wrong ("talks" left three times in a page makes "negotiations"
 * -> "talks" unlikely there).
 */
import type { TokenList } from '../text/token-list';

/** Marks a token inside a suspected span: it never equals a word of a key. */
const WALL = '\u0000';

export class SurvivorCounter {
  /** Content tokens in order, normalised; tokens inside candidate spans are WALL. */
  private readonly parts: string[] = [];
  /** Where each normalised content token occurs in `parts` (built on first use). */
  private positions?: Map<string, number[]>;
  private readonly cache = new Map<string, number>();

  /**
   * @param indexed First words of the forms that will be counted: only these
   *   are indexed (a text's other words cost nothing); a form whose first word
   *   is not among them is counted by a scan.
   */
  constructor(
    tokens: TokenList,
    spans: Array<{ firstToken: number; endToken: number }>,
    private readonly indexed?: Set<string>,
  ) {
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (s < spans.length && spans[s].endToken <= i) s++;
      if (tokens.isSpace(i)) continue;
      // A suspected span is a wall: an original must not be counted across or inside it.
      this.parts.push(s < spans.length && spans[s].firstToken <= i ? WALL : tokens.norm(i));
    }
  }

  private index(): Map<string, number[]> {
    if (this.positions) return this.positions;
    const positions = new Map<string, number[]>();
    this.parts.forEach((p, i) => {
      if (p === WALL || (this.indexed && !this.indexed.has(p))) return;
      const list = positions.get(p);
      if (list) list.push(i);
      else positions.set(p, [i]);
    });
    return (this.positions = positions);
  }

  /** Positions of a word not in the index. */
  private scan(word: string): number[] {
    const out: number[] = [];
    this.parts.forEach((p, i) => {
      if (p === word) out.push(i);
    });
    return out;
  }

  /** Non-overlapping occurrences of a normalised form (one or more words), leftmost first. */
  count(key: string): number {
    let n = this.cache.get(key);
    if (n !== undefined) return n;
    const words = key.split(' ');
    const starts = !this.indexed || this.indexed.has(words[0]) ? this.index().get(words[0]) || [] : this.scan(words[0]);
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
