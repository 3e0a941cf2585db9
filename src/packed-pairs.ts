/**
 * Counts of two-word sequences shipped as text, by first word:
 * { first: "second TAB count TAB second TAB count ..." }, each first word's
 * seconds in UTF-16 code-unit order (as scripts/build-data.ts sorts them).
 *
 * Looked up where they are shipped: a first word with few pairs is scanned,
 * one with many gets the offsets of its seconds (an Int32Array) on first
 * lookup and is binary-searched. Unpacking each first word's pairs into a
 * Map, as this once did, held 3.4 MB of heap for the 1,561 first words that
 * 4 MB of news asked for (heap snapshot), and grew with the input.
 */
import { wholeNumberAt } from './packed-table';

/** Pairs up to which a first word's text is scanned rather than indexed. */
const SCAN_LIMIT = 16;

export class PackedPairs {
  /** Where each second starts, for the first words with more than SCAN_LIMIT pairs asked for so far. */
  private readonly offsets = new Map<string, Int32Array>();

  constructor(private readonly byFirst: Record<string, string>) {}

  count(first: string, second: string): number {
    // Own properties only: no first word meets the prototype ("constructor").
    const text = Object.prototype.hasOwnProperty.call(this.byFirst, first) ? this.byFirst[first] : undefined;
    if (typeof text !== 'string') return 0;
    const offsets = this.offsets.get(first);
    const at = offsets === undefined ? this.scan(first, text, second) : search(text, offsets, second);
    return at < 0 ? 0 : wholeNumberAt(text, at + second.length + 1);
  }

  /** Find `second` by walking the pairs; a first word with many pairs is indexed instead. */
  private scan(first: string, text: string, second: string): number {
    let at = 0;
    for (let pairs = 0; pairs < SCAN_LIMIT; pairs++) {
      const c = compareAt(text, at, second);
      if (c >= 0) return c === 0 ? at : -1;
      at = nextPair(text, at);
      if (at === 0) return -1;
    }
    return search(text, this.index(first, text), second);
  }

  private index(first: string, text: string): Int32Array {
    const starts = [0];
    for (let at = nextPair(text, 0); at > 0; at = nextPair(text, at)) starts.push(at);
    const offsets = Int32Array.from(starts);
    this.offsets.set(first, offsets);
    return offsets;
  }
}

/** Where the pair after the one at `at` starts (past its second and its count), or 0 after the last. */
function nextPair(text: string, at: number): number {
  return text.indexOf('\t', text.indexOf('\t', at) + 1) + 1;
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
