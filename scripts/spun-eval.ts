/**
 * The measurement eval-modern.ts and eval-press.ts share: spin each document
 * with the simulated content-farm spinner (our entries run forwards, each kept
 * with probability prior * s, s from 0.7 to 1.5 per document, as in
 * calibration), repair it, and print precision, recall and net swaps undone
 * by threshold, then the reliability of the confidences. With `clean`, also
 * the words the repair changes in the same documents unspun.
 */
import type { CompiledDictionary } from '../src/dictionary/compile';
import type { Repairer } from '../src/repairer';
import { rng, spin, touchesSwap, undoesSwap } from './simulate-spinner';

const THRESHOLDS = [0.3, 0.4, 0.45, 0.5, 0.6, 0.7];

/**
 * Entry ids the repair leaves out, from UNSPIN_EVAL_DISABLE (comma-separated):
 * the same spun documents repaired with and without some entries, for an A/B
 * that a change of the spinner's table (which shifts its random draws) cannot blur.
 */
export function disabledForEvaluation(): string[] {
  return (process.env.UNSPIN_EVAL_DISABLE ?? '').split(',').filter((id) => id !== '');
}

export function evaluateSpun(title: string, docs: string[], forward: CompiledDictionary, repairer: Repairer, options: { seed: number; clean?: boolean }): void {
  const random = rng(options.seed);
  const applied = THRESHOLDS.map(() => ({ fixes: 0, right: 0, harmful: 0 }));
  /** Reliability: fixes and right ones per confidence bin of width 0.1. */
  const bins = Array.from({ length: 10 }, () => ({ fixes: 0, right: 0 }));
  let swaps = 0;
  let words = 0;
  let cleanChanged = 0;
  for (const doc of docs) {
    const spun = spin(doc, forward, 0.7 + 0.8 * random(), random);
    swaps += spun.swaps.length;
    words += doc.split(/\s+/).length;
    if (options.clean) for (const f of repairer.repair(doc).fixes) cleanChanged += f.spun.split(/\s+/).length;
    for (const f of repairer.repair(spun.text, { minConfidence: 0, includeBelowThreshold: true }).fixes) {
      const right = spun.swaps.some((s) => undoesSwap(f, s));
      const harmful = !right && !spun.swaps.some((s) => touchesSwap(f, s));
      const bin = bins[Math.min(9, Math.floor(f.confidence * 10))];
      bin.fixes++;
      if (right) bin.right++;
      THRESHOLDS.forEach((t, i) => {
        if (f.confidence < t) return;
        applied[i].fixes++;
        if (right) applied[i].right++;
        if (harmful) applied[i].harmful++;
      });
    }
  }
  console.log(`== ${title}: ${docs.length} documents, ${words} words, ${swaps} swaps ==`);
  if (options.clean) console.log(`clean (unspun) documents: words changed ${cleanChanged}, per 1,000: ${((cleanChanged / words) * 1000).toFixed(3)}`);
  console.log('threshold  fixes   right  precision  recall  net undone  (net: right minus fixes on untouched words, over swaps)');
  THRESHOLDS.forEach((t, i) => {
    const a = applied[i];
    console.log(
      `${String(t).padEnd(9)}  ${String(a.fixes).padStart(5)}  ${String(a.right).padStart(6)}  ${(a.right / a.fixes).toFixed(3).padStart(9)}  ${(a.right / swaps).toFixed(3).padStart(6)}  ${((a.right - a.harmful) / swaps).toFixed(3).padStart(10)}`,
    );
  });
  console.log('confidence bin   fixes   right  share right');
  bins.forEach((b, i) => {
    if (b.fixes > 0) console.log(`[${(i / 10).toFixed(1)}, ${((i + 1) / 10).toFixed(1)})  ${String(b.fixes).padStart(9)}  ${String(b.right).padStart(6)}  ${(b.right / b.fixes).toFixed(3).padStart(11)}`);
  });
}
