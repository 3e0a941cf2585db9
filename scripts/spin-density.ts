/**
 * How many words the simulated spinner changes at a given table scale
 * (entry kept with probability prior * scale), on every tenth Brown file.
 * Run: npx tsx scripts/spin-density.ts
 */
import { brownFiles, brownSentences, detokenize } from './corpora';
import { compileForward, rng, spin } from './simulate-spinner';
import { bundledDictionaries } from '../src/bundled';

const forward = compileForward(Object.values(bundledDictionaries()));
const files = brownFiles().filter((_, i) => i % 10 === 0);
for (const scale of [0.5, 0.7, 1, 1.5, 2, 100]) {
  const random = rng(1);
  let words = 0;
  let changed = 0;
  for (const f of files) {
    const text = brownSentences(f).map(detokenize).join(' ');
    const out = spin(text, forward, scale, random);
    words += text.split(/\s+/).length;
    changed += out.swaps.reduce((n, w) => n + w.original.split(/\s+/).length, 0);
  }
  console.log(`scale ${scale}: ${((100 * changed) / words).toFixed(1)}% of words changed`);
}
