/**
 * Splice replacements into the input. Fixes must be sorted and must not
 * overlap; every character outside them is copied unchanged.
 */
export interface Splice {
  start: number;
  end: number;
  replacement: string;
}

export function splice(input: string, fixes: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const f of fixes) {
    if (f.start < at || f.end < f.start || f.end > input.length) {
      throw new RangeError(`fix [${f.start}, ${f.end}) overlaps an earlier fix or lies outside the input`);
    }
    out += input.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + input.slice(at);
}
