/**
 * Counts of two-word sequences shipped as text, a line per first word:
 * "first TAB second TAB count TAB second TAB count ...", each line's seconds
 * in UTF-16 code-unit order (as scripts/build-data.ts sorts them).
 *
 * Looked up where they are shipped: the first word's line is found as in any
 * PackedTable; a line with few pairs is scanned, one with many gets the
 * offsets of its seconds (an Int32Array) on first lookup and is
 * binary-searched. Unpacking each first word's pairs into a Map, as this once
 * did, held 3.4 MB of heap for the 1,561 first words that 4 MB of news asked
 * for (heap snapshot), and grew with the input; an object of 15,000 strings,
 * one per first word, held 1.9 MB more.
 */
import { PackedTable, wholeNumberAt } from './packed-table';
import { hasWide, toOneByte } from './one-byte';

/** Pairs up to which a first word's line is scanned rather than indexed. */
const SCAN_LIMIT = 16;

export class PackedPairs {
  private readonly lines: PackedTable;
  /** Where each second starts, by where its line's pairs start, for the lines of more than SCAN_LIMIT pairs asked for so far. */
  private readonly offsets = new Map<number, Int32Array>();

  constructor(private readonly text: string) {
    this.lines = new PackedTable(text);
  }

  count(first: string, second: string): number {
    // Looked up as the text writes them (src/one-byte.ts); find() does so for the first word.
    if (hasWide(second)) second = toOneByte(second);
    const pairs = this.lines.find(first);
    if (pairs < 0) return 0;
    const offsets = this.offsets.get(pairs);
    const at = offsets === undefined ? this.scan(pairs, second) : search(this.text, offsets, second);
    return at < 0 ? 0 : wholeNumberAt(this.text, at + second.length + 1);
  }

  /** Find `second` by walking the line's pairs; a line with many pairs is indexed instead. */
  private scan(pairs: number, second: string): number {
    let at = pairs;
    for (let n = 0; n < SCAN_LIMIT; n++) {
      const c = compareAt(this.text, at, second);
      if (c >= 0) return c === 0 ? at : -1;
      at = this.nextPair(at);
      if (at < 0) return -1;
    }
    return search(this.text, this.index(pairs), second);
  }

  private index(pairs: number): Int32Array {
    const starts = [pairs];
    for (let at = this.nextPair(pairs); at >= 0; at = this.nextPair(at)) starts.push(at);
    const offsets = Int32Array.from(starts);
    this.offsets.set(pairs, offsets);
    return offsets;
  }

  /** Where the pair after the one at `at` starts (past its second and its count), or -1 after the line's last. */
  private nextPair(at: number): number {
    const text = this.text;
    let i = text.indexOf('\t', at) + 1;
    while (i < text.length) {
      const c = text.charCodeAt(i++);
      if (c === 0x09) return i;
      if (c === 0x0a) return -1;
    }
    return -1;
  }
}

/** Binary search of the sorted seconds; where `second` starts, or -1. */
function search(text: string, offsets: Int32Array, second: string): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(text, offsets[mid], second);
    if (c === 0) return offsets[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The word of the text that starts at `at` (it ends at a tab) compared with `word`, in code-unit order. */
function compareAt(text: string, at: number, word: string): number {
  for (let i = 0; ; i++) {
    const c = text.charCodeAt(at + i);
    const ended = c === 0x09;
    if (i === word.length) return ended ? 0 : 1;
    if (ended) return -1;
    const d = c - word.charCodeAt(i);
    if (d !== 0) return d;
  }
}
