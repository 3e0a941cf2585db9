/**
 * What the dictionaries cover, measured on text we spin ourselves.
 * Run: npx tsx scripts/coverage.ts
 *
 * Brown documents (every fifth file, the calibration's held-out files; never
 * ca01-ca44) are spun three ways and repaired at the default threshold:
 *  1. farm spinner with all our entries (table scale 1): recall and precision by tag;
 *  2. farm spinner whose table also holds entries we then remove from the
 *     repairer (a random fifth): recall on those swaps, i.e. swaps nobody wrote
 *     an entry for, in the content-farm style;
 *  3. thesaurus spinner (WordNet first senses): swaps in another style.
 */
import { brownFiles, brownSentences, detokenize } from './corpora';
import { compileForward, rng, spin, spinWithThesaurus, thesaurusTable, undoesSwap, type Swap } from './simulate-spinner';
import { createRepairer, type Fix } from '../src/repairer';
import { bundledDictionaries } from '../src/bundled';

const dictionaries = Object.values(bundledDictionaries());
const entries = dictionaries.flatMap((d) => d.entries);
const tagOf = new Map(entries.map((e) => [e.id, e.tags[0] ?? e.pos]));
const random = rng(7);
const removed = new Set(entries.filter(() => random() < 0.2).map((e) => e.id));

const docs: string[] = [];
brownFiles()
  .filter((_, i) => i % 5 === 0)
  .forEach((f) => {
    const sentences = brownSentences(f).map(detokenize);
    for (let i = 0; i < sentences.length; i += 25) docs.push(sentences.slice(i, i + 25).join(' '));
  });


interface Tally {
  swaps: number;
  undone: number;
}
function measure(label: string, spinDoc: (text: string) => { text: string; swaps: Swap[] }, repairer: ReturnType<typeof createRepairer>, group: (s: Swap) => string | undefined) {
  const byGroup = new Map<string, Tally>();
  let fixes = 0;
  let right = 0;
  let words = 0;
  for (const doc of docs) {
    const spun = spinDoc(doc);
    words += doc.split(/\s+/).length;
    const applied = repairer.repair(spun.text).fixes;
    fixes += applied.length;
    right += applied.filter((f) => spun.swaps.some((s) => undoesSwap(f, s))).length;
    for (const s of spun.swaps) {
      const g = group(s);
      if (g === undefined) continue;
      const t = byGroup.get(g) ?? { swaps: 0, undone: 0 };
      t.swaps++;
      if (applied.some((f) => undoesSwap(f, s))) t.undone++;
      byGroup.set(g, t);
    }
  }
  const total = [...byGroup.values()].reduce((a, t) => ({ swaps: a.swaps + t.swaps, undone: a.undone + t.undone }), { swaps: 0, undone: 0 });
  console.log(`\n== ${label} ==`);
  console.log(`${docs.length} documents, ${words} words; fixes applied ${fixes}, right ${right} (precision ${(right / Math.max(1, fixes)).toFixed(3)}); swaps ${total.swaps}, undone ${total.undone} (recall ${(total.undone / Math.max(1, total.swaps)).toFixed(3)})`);
  for (const [g, t] of [...byGroup].sort((a, b) => b[1].swaps - a[1].swaps).slice(0, 12)) {
    console.log(`  ${g.padEnd(16)} swaps ${String(t.swaps).padStart(6)}  recall ${(t.undone / t.swaps).toFixed(3)}`);
  }
}

const forward = compileForward(dictionaries);
const full = createRepairer();
measure('farm spinner, entries all known', (t) => spin(t, forward, 1, random), full, (s) => tagOf.get(s.rule));
const partial = createRepairer({ disable: [...removed] });
measure(
  'farm spinner, swaps from a fifth of the entries left out of the repairer',
  (t) => spin(t, forward, 1, random),
  partial,
  (s) => (removed.has(s.rule) ? 'left out' : 'known'),
);
const thesaurus = thesaurusTable(3800);
measure('thesaurus spinner (no entries for its swaps), unseen swaps uncapped', (t) => spinWithThesaurus(t, thesaurus, random), createRepairer({ unseenSwaps: 'uncapped' }), () => 'thesaurus');
