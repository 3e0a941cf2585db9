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
import { TokenList } from '../src/text/token-list';
import { applyCase } from '../src/text/case';
import { tokenize } from '../src/text/tokenize';

export interface Swap {
  /** Offsets in the spun text. */
  start: number;
  end: number;
  original: string;
  spun: string;
  rule: string;
}

/** What labelling needs of a fix: its offsets in the spun text and what it restores. */
export interface SpanFix {
  start: number;
  end: number;
  replacement: string;
}

const normPhrase = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** The fix undoes this swap: it covers the swapped span and restores the swap's original. */
export function undoesSwap(fix: SpanFix, swap: Swap): boolean {
  return swap.start >= fix.start && swap.end <= fix.end && normPhrase(fix.replacement).endsWith(normPhrase(swap.original));
}

/** The fix overlaps the swapped span, whatever it restores. */
export function touchesSwap(fix: SpanFix, swap: Swap): boolean {
  return swap.start < fix.end && swap.end > fix.start;
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

/**
 * Reverse every entry: original -> each spun form (context conditions dropped).
 * Entries below `minPrior` (default: the compile floor, MIN_PRIOR) are left out, as the repair leaves them out.
 */
export function compileForward(dictionaries: DictionaryFile[], minPrior?: number): CompiledDictionary {
  const reversed: Entry[] = [];
  for (const d of dictionaries) {
    for (const e of d.entries) {
      for (const s of e.spun) {
        reversed.push({ ...e, spun: [e.original], original: s, context: undefined, examples: [], keep: [] });
      }
    }
  }
  return compileDictionaries([{ format: 'unspin-dictionary', version: 1, name: 'forward', source: 'simulation', license: 'MIT', entries: reversed }], { minPrior });
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
  const tokens = new TokenList(text);
  let out = '';
  let at = 0;
  const swaps: Swap[] = [];
  for (const c of findCandidates(tokens, forward)) {
    const usable = c.variants.filter((v) => has(v.entry));
    if (usable.length === 0) continue;
    const v = usable[Math.floor(random() * usable.length)];
    const cased = v.entry.case === 'exact' ? v.replacement : applyCase(v.replacement, c.text);
    // A possessive keeps its "'s" ("government's" -> "authorities's", as a spinner that swaps the word leaves it).
    const replacement = c.possessive ? cased + c.text.slice(-2) : cased;
    out += text.slice(at, c.start);
    swaps.push({ start: out.length, end: out.length + replacement.length, original: c.text, spun: replacement, rule: v.entry.id });
    out += replacement;
    at = c.end;
  }
  return { text: out + text.slice(at), swaps };
}

/**
 * A thesaurus spinner of the cruder kind: its table keys the `size` commonest
 * lowercase words of the Brown corpus (without ca01-ca44) to the other lemmas
 * of their first WordNet sense, and every whole-word match is replaced by one
 * of them at random. Built from WordNet and Brown only.
 */
export function thesaurusTable(size: number): Map<string, string[]> {
  const { brownFiles, brownSentences } = require('./corpora') as typeof import('./corpora');
  const { senses, synsets, WORDNET_POS } = require('./wordnet') as typeof import('./wordnet');
  const counts = new Map<string, number>();
  for (const file of brownFiles()) for (const s of brownSentences(file)) for (const t of s) {
    if (/^[a-z]+$/.test(t.word)) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, size).map(([w]) => w);
  const index = WORDNET_POS.map((pos) => ({ senses: senses(pos), synsets: synsets(pos) }));
  const table = new Map<string, string[]>();
  for (const w of top) {
    for (const { senses: s, synsets: sy } of index) {
      const first = s.get(w)?.[0];
      if (!first) continue;
      const others = (sy.get(first) ?? []).filter((l) => l !== w);
      if (others.length > 0) {
        table.set(w, others);
        break;
      }
    }
  }
  return table;
}

export function spinWithThesaurus(text: string, table: Map<string, string[]>, random: () => number): { text: string; swaps: Swap[] } {
  let out = '';
  let at = 0;
  const swaps: Swap[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const options = table.get(t.text);
    if (!options) continue;
    const replacement = options[Math.floor(random() * options.length)];
    out += text.slice(at, t.start);
    swaps.push({ start: out.length, end: out.length + replacement.length, original: t.text, spun: replacement, rule: 'thesaurus' });
    out += replacement;
    at = t.end;
  }
  return { text: out + text.slice(at), swaps };
}
