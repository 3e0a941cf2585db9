/**
 * A lookup table shipped as text: lines "key TAB field TAB field ...".
 *
 * Unpacking a 40,000-line table into a Map takes tens of milliseconds, which
 * a one-sentence `unspin` run would pay in full to look up a dozen words. So
 * the lines are unpacked a bucket at a time, on first lookup: a bucket holds
 * the keys that share their first two characters. One pass over the text at
 * construction notes where each bucket's lines are; after that a lookup is a
 * Map lookup, plus a bucket check when the key is missing.
 */
export class PackedTable<T> {
  private readonly values = new Map<string, T>();
  /** Line starts of the buckets not unpacked yet, by bucket. */
  private pending: Map<number, number[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly value: (fields: string[]) => T,
  ) {}

  get(key: string): T | undefined {
    const v = this.values.get(key);
    if (v !== undefined) return v;
    const pending = this.pending === undefined ? this.index() : this.pending;
    if (pending.size === 0) return undefined;
    const bucket = bucketOf(key, 0, key.length);
    const starts = pending.get(bucket);
    if (starts === undefined) return undefined;
    pending.delete(bucket);
    for (const start of starts) {
      let end = this.text.indexOf('\n', start);
      if (end < 0) end = this.text.length;
      const fields = this.text.slice(start, end).split('\t');
      this.values.set(fields[0], this.value(fields));
    }
    return this.values.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private index(): Map<number, number[]> {
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
    this.pending = pending;
    return pending;
  }
}

/** The bucket of the key text.slice(start, end): its first two UTF-16 code units. */
function bucketOf(text: string, start: number, end: number): number {
  const first = end > start ? text.charCodeAt(start) : 0;
  const second = end > start + 1 ? text.charCodeAt(start + 1) : 0;
  return first * 65536 + second;
}
