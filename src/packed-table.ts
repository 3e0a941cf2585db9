/**
 * A lookup table shipped as text: lines "key TAB field TAB field ...".
 *
 * The table stays the text it was shipped as. On first lookup one pass over
 * the text fills a hash table of line starts (an Int32Array, open
 * addressing); a lookup hashes the key, and compares it with the text where
 * the line starts. No key is copied out and no value is boxed: unpacking the
 * tables into Maps of strings and small arrays, as this once did, took 5.4 MB
 * of heap for the 550 KB word table alone (heap snapshot after repairing 4 MB
 * of news), and V8 lets the heap grow to a multiple of what stays live.
 *
 * Characters above U+00FF are written as in src/one-byte.ts, so that the
 * text is a one-byte string; keys are looked up as written.
 *
 * Callers read a line's fields where find() says they start: integerAt() for
 * counts (parsed in place, nothing allocated), fieldsAt() for the rest.
 */
import { fromOneByte, hasWide, toOneByte } from './one-byte';

export class PackedTable {
  /** Line start + 1 of each key, at its hash's slot (0: an empty slot); made on first lookup. */
  private slots: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /**
   * Where the fields of the key's line start (just after its tab; the end of
   * the line when the key has no fields), or -1 when no line has the key.
   */
  find(key: string): number {
    // The text is kept to one-byte characters (src/one-byte.ts), and so must be a key to be found.
    if (hasWide(key)) key = toOneByte(key);
    const slots = this.slots === undefined ? this.index() : this.slots;
    const mask = slots.length - 1;
    for (let slot = hashOf(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const start = slots[slot] - 1;
      if (start < 0) return -1;
      if (this.keyIsAt(key, start)) return start + key.length + 1;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The whole number in field `field` (0: the first after the key) of the line whose fields start at `at`. */
  integerAt(at: number, field: number): number {
    const text = this.text;
    for (let f = 0; f < field; f++) at = text.indexOf('\t', at) + 1;
    return wholeNumberAt(text, at);
  }

  /** The fields of the line whose fields start at `at`. */
  fieldsAt(at: number): string[] {
    let end = this.text.indexOf('\n', at);
    if (end < 0) end = this.text.length;
    return fromOneByte(this.text.slice(at, end)).split('\t');
  }

  /** Whether the line starting at `start` has this key. */
  private keyIsAt(key: string, start: number): boolean {
    const text = this.text;
    const end = start + key.length;
    if (end < text.length) {
      const after = text.charCodeAt(end);
      if (after !== 0x09 && after !== 0x0a) return false;
    } else if (end > text.length) {
      return false;
    }
    for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
    return true;
  }

  private index(): Int32Array {
    const text = this.text;
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    // At most half full, so that a probe meets an empty slot soon.
    let size = 2;
    while (size < lines * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let keyEnd = text.indexOf('\t', start);
      if (keyEnd < 0 || keyEnd > end) keyEnd = end;
      if (keyEnd > start) {
        let slot = hashOf(text, start, keyEnd) & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = start + 1;
      }
      start = end + 1;
    }
    this.slots = slots;
    return slots;
  }
}

/** FNV-1a over the UTF-16 code units of text.slice(start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The whole number written in decimal digits at text[at...] (0 when there are none). */
export function wholeNumberAt(text: string, at: number): number {
  let n = 0;
  for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++at)) n = n * 10 + (c - 0x30);
  return n;
}
