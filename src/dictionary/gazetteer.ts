/**
 * Names, recognised however their words were swapped.
 *
 * A spinner swaps the words inside names one by one ("National Security
 * Council" -> "Nationwide Safety Council", "Home of Representatives"). Listing
 * every mix of swapped and unswapped words would never end, so the gazetteer
 * learns two things from the exact-case name entries of the loaded
 * dictionaries:
 *  - word-level reverse mappings, by aligning each multiword name entry word
 *    by word ("Protection Division" -> "Defense Department" gives Protection
 *    -> Defense and Division -> Department), plus single-word name entries;
 *    only swaps seen in at least two entries (habits, not one-offs) are used;
 *  - the list of names: the originals of multiword name entries.
 * It then generates, at compile time, every variant of each listed name in
 * which one or more words carry a known swap, as generated entries with ids
 * `gazetteer/...`. A variant's prior is the lowest prior of the swaps it
 * uses, times (1 - prior) for each word it leaves standing that a spinner
 * would have swapped: spinners replace every match, so "National Safety
 * Council" (a real body, with "National" unswapped) gets a low prior.
 */
import type { Entry } from './schema';

/** At most this many variants per name (3 swappable words with 3 forms each, and more). */
const MAX_VARIANTS = 64;
/** Word swaps less likely than this to be a spinner's generate no variants (not the compile floor, MIN_PRIOR). */
const MIN_SWAP_PRIOR = 0.2;

interface WordSwap {
  original: string;
  prior: number;
  /** Number of name entries that show this swap. */
  support: number;
}

/** A word swap is a habit, and generalises to other names, when at least this many entries show it. */
const MIN_SUPPORT = 2;

const words = (phrase: string) => phrase.trim().split(/\s+/);
const isName = (e: Entry) => e.case === 'exact' && /\p{Lu}/u.test(e.original);

/** spun word (case-sensitive) -> originals it stands for, with the best prior seen. */
export function wordSwaps(entries: Iterable<Entry>): Map<string, WordSwap[]> {
  const swaps = new Map<string, WordSwap[]>();
  const add = (spun: string, original: string, prior: number) => {
    if (spun === original || !/^\p{Lu}/u.test(spun) || !/^\p{Lu}/u.test(original)) return;
    const list = swaps.get(spun) ?? [];
    const known = list.find((s) => s.original === original);
    if (known) {
      known.prior = Math.max(known.prior, prior);
      known.support++;
    } else list.push({ original, prior, support: 1 });
    swaps.set(spun, list);
  };
  for (const e of entries) {
    if (!isName(e)) continue;
    const o = words(e.original);
    for (const spun of e.spun) {
      const s = words(spun);
      if (s.length !== o.length) continue;
      // Same length: the words pair up in order ("Division of Protection" / "Department of Defense").
      s.forEach((w, i) => add(w, o[i], e.prior));
    }
  }
  return swaps;
}

/** Generated entries for the spun variants of every listed name not already covered. */
export function gazetteerEntries(entries: Entry[]): Entry[] {
  const swaps = wordSwaps(entries);
  // original word -> spun words that stand for it
  const spunFor = new Map<string, Array<{ spun: string; prior: number }>>();
  for (const [spun, list] of swaps) {
    for (const { original, prior, support } of list) {
      if (support < MIN_SUPPORT) continue;
      const l = spunFor.get(original) ?? [];
      l.push({ spun, prior });
      spunFor.set(original, l);
    }
  }
  const covered = new Set<string>();
  for (const e of entries) for (const s of e.spun) covered.add(s.trim().replace(/\s+/g, ' '));
  const names = new Map<string, number>();
  for (const e of entries) {
    if (isName(e) && words(e.original).length > 1) names.set(e.original.trim().replace(/\s+/g, ' '), e.prior);
  }
  const out: Entry[] = [];
  for (const name of [...names.keys()].sort()) {
    const parts = words(name);
    let variants: Array<{ words: string[]; prior: number; swapped: number }> = [{ words: [], prior: 1, swapped: 0 }];
    for (const w of parts) {
      const next: typeof variants = [];
      const alternatives = spunFor.get(w) ?? [];
      const leftStanding = 1 - Math.max(0, ...alternatives.map((a) => a.prior));
      for (const v of variants) {
        next.push({ words: [...v.words, w], prior: v.prior * leftStanding, swapped: v.swapped });
        for (const alt of alternatives) {
          next.push({ words: [...v.words, alt.spun], prior: Math.min(v.prior, alt.prior), swapped: v.swapped + 1 });
        }
      }
      variants = next.slice(0, MAX_VARIANTS * 4);
    }
    const spun = variants
      .filter((v) => v.swapped > 0 && v.prior >= MIN_SWAP_PRIOR)
      .map((v) => ({ text: v.words.join(' '), prior: Math.round(v.prior * 1000) / 1000 }))
      .filter((v) => !covered.has(v.text))
      .slice(0, MAX_VARIANTS);
    // One generated entry per prior level, so that each variant keeps its own prior.
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const byPrior = new Map<number, string[]>();
    for (const v of spun) byPrior.set(v.prior, [...(byPrior.get(v.prior) ?? []), v.text]);
    let n = 0;
    for (const [prior, texts] of byPrior) {
      out.push({
        id: `gazetteer/${slug}${n++ ? `-${n}` : ''}`,
        spun: texts,
        original: name,
        pos: 'name',
        inflect: false,
        case: 'exact',
        prior,
        tags: ['name', 'gazetteer'],
        examples: [],
        keep: [],
        note: 'Generated from the name entries by src/dictionary/gazetteer.ts.',
      });
    }
  }
  return out;
}
