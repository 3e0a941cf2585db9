/**
 * A simulated spinner, for calibration and coverage measurements.
 *
 * It runs the bundled dictionaries forwards: every whole-word match of an
 * original (inflections included) is replaced by one of its spun forms, like
 * the spinners in the wild. Its table holds each of our entries with
 * probability prior * `scale`: an entry's prior is, by definition, our belief
 * that a spinner's table has that mapping, and `scale` varies the overlap from
 * one simulated spinner to the next. It records
 * where it swapped what, so that repairs can be labelled right or wrong.
 */
import { compileDictionaries, type CompiledDictionary } from '../src/dictionary/compile';
import type { DictionaryFile, Entry } from '../src/dictionary/schema';
import { findCandidates } from '../src/match/find';
import { tokenize } from '../src/text/tokenize';
import { applyCase } from '../src/text/case';

export interface Swap {
  /** Offsets in the spun text. */
  start: number;
  end: number;
  original: string;
  spun: string;
  rule: string;
}

/** Small seeded PRNG (mulberry32) so simulations are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reverse every entry: original -> each spun form (context conditions dropped). */
export function compileForward(dictionaries: DictionaryFile[]): CompiledDictionary {
  const reversed: Entry[] = [];
  for (const d of dictionaries) {
    for (const e of d.entries) {
      for (const s of e.spun) {
        reversed.push({ ...e, spun: [e.original], original: s, context: undefined, examples: [], keep: [] });
      }
    }
  }
  return compileDictionaries([{ format: 'unspin-dictionary', version: 1, name: 'forward', source: 'simulation', license: 'MIT', entries: reversed }]);
}

/**
 * Spin `text`: each match of an entry in the spinner's table (each entry with
 * probability prior * scale, drawn once per call) becomes one of its spun forms.
 */
export function spin(text: string, forward: CompiledDictionary, scale: number, random: () => number): { text: string; swaps: Swap[] } {
  const inTable = new Map<string, boolean>();
  const has = (entry: { id: string; prior: number }) => {
    let v = inTable.get(entry.id);
    if (v === undefined) inTable.set(entry.id, (v = random() < entry.prior * scale));
    return v;
  };
  const tokens = tokenize(text);
  let out = '';
  let at = 0;
  const swaps: Swap[] = [];
  for (const c of findCandidates(tokens, text, forward)) {
    const usable = c.variants.filter((v) => has(v.entry));
    if (usable.length === 0) continue;
    const v = usable[Math.floor(random() * usable.length)];
    const replacement = v.entry.case === 'exact' ? v.replacement : applyCase(v.replacement, c.text);
    out += text.slice(at, c.start);
    swaps.push({ start: out.length, end: out.length + replacement.length, original: c.text, spun: replacement, rule: v.entry.id });
    out += replacement;
    at = c.end;
  }
  return { text: out + text.slice(at), swaps };
}
