/**
 * The simulated content-farm spinner on modern news: the clean news of
 * ../shared/corpus (Wikipedia current events, 25-line articles) spun with our
 * entries (each kept with probability prior * s, s from 0.7 to 1.5 per
 * article, as in calibration), then repaired.
 * Run: npx tsx scripts/eval-modern.ts   (needs ../shared; an evaluation only:
 * nothing shipped is fitted on this text, which is not permissively licensed)
 *
 * Calibration and scripts/coverage.ts spin Brown prose of 1961, the corpus the
 * clean-text statistics come from; this shows how the same measures hold on
 * text of the kind users bring.
 */
import { modernNews } from './modern-news';
import { rng, spin, touchesSwap, undoesSwap } from './simulate-spinner';

const { docs, forward, repairer } = modernNews('eval-modern');
const random = rng(20261130);

const thresholds = [0.3, 0.4, 0.45, 0.5, 0.6, 0.7];
const applied = thresholds.map(() => ({ fixes: 0, right: 0, harmful: 0 }));
let swaps = 0;
let words = 0;
/** Reliability: fixes and right ones per confidence bin of width 0.1. */
const bins = Array.from({ length: 10 }, () => ({ fixes: 0, right: 0 }));
for (const doc of docs) {
  const spun = spin(doc, forward, 0.7 + 0.8 * random(), random);
  swaps += spun.swaps.length;
  words += doc.split(/\s+/).length;
  for (const f of repairer.repair(spun.text, { minConfidence: 0, includeBelowThreshold: true }).fixes) {
    const right = spun.swaps.some((s) => undoesSwap(f, s));
    const harmful = !right && !spun.swaps.some((s) => touchesSwap(f, s));
    const bin = bins[Math.min(9, Math.floor(f.confidence * 10))];
    bin.fixes++;
    if (right) bin.right++;
    thresholds.forEach((t, i) => {
      if (f.confidence < t) return;
      applied[i].fixes++;
      if (right) applied[i].right++;
      if (harmful) applied[i].harmful++;
    });
  }
}
console.log(`== farm-spun modern news: ${docs.length} articles, ${words} words, ${swaps} swaps ==`);
console.log('threshold  fixes   right  precision  recall  net undone  (net: right minus fixes on untouched words, over swaps)');
thresholds.forEach((t, i) => {
  const a = applied[i];
  console.log(
    `${String(t).padEnd(9)}  ${String(a.fixes).padStart(5)}  ${String(a.right).padStart(6)}  ${(a.right / a.fixes).toFixed(3).padStart(9)}  ${(a.right / swaps).toFixed(3).padStart(6)}  ${((a.right - a.harmful) / swaps).toFixed(3).padStart(10)}`,
  );
});
console.log('confidence bin   fixes   right  share right');
bins.forEach((b, i) => {
  if (b.fixes > 0) console.log(`[${(i / 10).toFixed(1)}, ${((i + 1) / 10).toFixed(1)})  ${String(b.fixes).padStart(9)}  ${String(b.right).padStart(6)}  ${(b.right / b.fixes).toFixed(3).padStart(11)}`);
});
