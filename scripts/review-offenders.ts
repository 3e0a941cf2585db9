/**
 * Which entries fire on words a spinner left alone, in modern news: the
 * simulated spinner (scripts/simulate-spinner.ts) runs over the clean news of
 * ../shared/corpus, the text is repaired at the default threshold, and each
 * entry's applied fixes are counted as right (undid a swap), wrong (touched a
 * swap, other original) or harm (touched no swap), with two examples of harm.
 * The review log dictionaries/reviews/modern-news-review.tsv was made from its
 * output. An evaluation only: nothing is fitted on that text.
 * Run: npx tsx scripts/review-offenders.ts   (TOP=n rows, SEED=n spinner seed)
 */
import { modernNews } from './modern-news';
import { rng, spin, touchesSwap, undoesSwap } from './simulate-spinner';

const { docs, forward, repairer } = modernNews('review-offenders');
const random = rng(Number(process.env.SEED ?? 5));
const by = new Map<string, { right: number; harm: number; wrong: number; ex: string[] }>();
for (const doc of docs) {
  const spun = spin(doc, forward, 0.7 + 0.8 * random(), random);
  for (const f of repairer.repair(spun.text).fixes) {
    const t = by.get(f.rule) ?? { right: 0, harm: 0, wrong: 0, ex: [] };
    if (spun.swaps.some((s) => undoesSwap(f, s))) t.right++;
    else if (spun.swaps.some((s) => touchesSwap(f, s))) t.wrong++;
    else { t.harm++; if (t.ex.length < 2) t.ex.push(`${spun.text.slice(Math.max(0, f.start - 25), f.start)}[${f.spun}->${f.replacement}]${spun.text.slice(f.end, f.end + 15)}`.replace(/\s+/g, ' ')); }
    by.set(f.rule, t);
  }
}
const list = [...by].filter(([, t]) => t.harm > 0).sort((a, b) => b[1].harm - a[1].harm);
console.log('total harm', list.reduce((n, [, t]) => n + t.harm, 0));
for (const [rule, t] of list.slice(0, Number(process.env.TOP ?? 60))) console.log(`${String(t.harm).padStart(4)} harm ${String(t.right).padStart(4)} right ${String(t.wrong).padStart(3)} wrong  ${rule}  | ${t.ex.join(' | ')}`);
