/**
 * One string for each value of the entry fields that take few values (part
 * of speech, case, inflected form, tag). Unpacking splits entry lines, and
 * every split makes new strings: "noun", "any" and "base" were each held
 * thousands of times, 0.9 MB over the bundled entries (heap snapshot). The
 * pool holds one string per distinct value, a few hundred.
 */
const pool = new Map<string, string>();

export function shared(value: string): string {
  const s = pool.get(value);
  if (s !== undefined) return s;
  pool.set(value, value);
  return value;
}
