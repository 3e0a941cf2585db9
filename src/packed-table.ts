/**
 * A lookup table shipped as text: lines "key TAB field TAB field ...".
 *
 * Unpacking a 40,000-line table into a Map takes tens of milliseconds, which
 * a one-sentence `unspin` run would pay in full to look up a dozen words. So
 * the lines are unpacked a bucket at a time, on first lookup: a bucket holds
 * the keys that share their first two characters. One pass over the text at
 * first lookup notes where each bucket's lines are; after that a lookup is a
 * Map lookup, plus a bucket check when the key is missing. After
 * UNPACK_ALL_AFTER such checks (a large input) the rest is unpacked at once.
 */
/** Lookups of missing keys after which the whole table is unpacked. */
const UNPACK_ALL_AFTER = 5000;

export class PackedTable<T> {
  private readonly values = new Map<string, T>();
  /** Line starts of the buckets not unpacked yet, by bucket (undefined: not indexed yet; null: all unpacked). */
  private pending: Map<number, number[]> | undefined | null;
  /** Lookups that took the slow path. */
  private misses = 0;

  constructor(
    private readonly text: string,
    private readonly value: (fields: string[]) => T,
  ) {}

  get(key: string): T | undefined {
    const v = this.values.get(key);
    // Kept small so that it inlines into the callers' hot loops; the rest is in unpack().
    return v === undefined && this.pending !== null ? this.unpack(key) : v;
  }

  /** Unpack the bucket of a key not found yet, if it is still pending; then look again. */
  private unpack(key: string): T | undefined {
    const pending = this.pending === undefined ? this.index() : this.pending;
    if (pending === null) return undefined;
    // A large input: unpack the rest at once, so that a missing key costs one Map lookup from now on.
    if (++this.misses === UNPACK_ALL_AFTER) {
      for (const starts of pending.values()) this.unpackLines(starts);
      this.pending = null;
      return this.values.get(key);
    }
    const bucket = bucketOf(key, 0, key.length);
    const starts = pending.get(bucket);
    if (starts === undefined) return undefined;
    pending.delete(bucket);
    if (pending.size === 0) this.pending = null;
    this.unpackLines(starts);
    return this.values.get(key);
  }

  private unpackLines(starts: number[]): void {
    for (const start of starts) {
      let end = this.text.indexOf('\n', start);
      if (end < 0) end = this.text.length;
      const fields = this.text.slice(start, end).split('\t');
      this.values.set(fields[0], this.value(fields));
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private index(): Map<number, number[]> | null {
    const pending = new Map<number, number[]>();
    const text = this.text;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        let tab = text.indexOf('\t', start);
        if (tab < 0 || tab > end) tab = end;
        const bucket = bucketOf(text, start, tab);
        let starts = pending.get(bucket);
        if (starts === undefined) pending.set(bucket, (starts = []));
        starts.push(start);
      }
      start = end + 1;
    }
    this.pending = pending.size === 0 ? null : pending;
    return this.pending;
  }
}

/** The bucket of the key text.slice(start, end): its first two UTF-16 code units. */
function bucketOf(text: string, start: number, end: number): number {
  const first = end > start ? text.charCodeAt(start) : 0;
  const second = end > start + 1 ? text.charCodeAt(start + 1) : 0;
  return first * 65536 + second;
}
