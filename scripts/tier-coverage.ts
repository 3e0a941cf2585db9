/**
 * How often a real spinner used our mappings, by prior: the measurement
 * behind the compile floor MIN_PRIOR (src/dictionary/compile.ts).
 *
 * On the real spun sample (../shared/corpus/spun/afghan-a, the spinner's
 * output and its hand restoration, line for line), every place where the
 * restoration has an original that some entry restores (every entry, whatever
 * its prior) is grouped by the highest prior among that original's entries.
 * For each group it prints how many of those originals the spinner turned
 * into one of our spun forms (the form stands in the spun line and not in the
 * restored one) and how many it left standing; and, for comparison, the share
 * the simulated spinner (scripts/simulate-spinner.ts: each entry in its table
 * with probability prior * s, s from 0.7 to 1.5) would have swapped.
 *
 * Run: npx tsx scripts/tier-coverage.ts   (needs ../shared; an evaluation only)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForward } from './simulate-spinner';
import { bundledDictionaries } from '../src/bundled';
import { findCandidates } from '../src/match/find';
import { TokenList } from '../src/text/token-list';

const dir = join(__dirname, '../../shared/corpus/spun');
if (!existsSync(join(dir, 'afghan-a.spun.txt'))) {
  console.log('tier-coverage: ../shared/corpus is not here; nothing to do.');
  process.exit(0);
}
/** The preferred restoration of each slot "{preferred|also-fine}". */
const preferred = (s: string) => s.replace(/\{([^|}]*)(\|[^}]*)?\}/g, '$1');
const restored = preferred(readFileSync(join(dir, 'afghan-a.gold.txt'), 'utf8')).split('\n');
const spun = readFileSync(join(dir, 'afghan-a.spun.txt'), 'utf8').split('\n');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stands = (line: string, form: string) => new RegExp(`(^|[^\\p{L}])${escape(form)}($|[^\\p{L}])`, 'iu').test(line);

/** Probability that the simulated spinner swaps an original whose entries have these priors. */
function simulatedSwap(priors: number[]): number {
  let sum = 0;
  const steps = 80;
  for (let i = 0; i < steps; i++) {
    const s = 0.7 + (0.8 * (i + 0.5)) / steps;
    sum += 1 - priors.reduce((none, p) => none * (1 - Math.min(1, p * s)), 1);
  }
  return sum / steps;
}

const TIERS: Array<[number, number]> = [[0, 0.3], [0.3, 0.45], [0.45, 0.65], [0.65, 0.85], [0.85, 1.01]];
const groups = TIERS.map(() => ({ originals: 0, swapped: 0, standing: 0, simulated: 0, examples: [] as string[] }));
const forward = compileForward(Object.values(bundledDictionaries()), 0);
restored.forEach((line, k) => {
  for (const c of findCandidates(new TokenList(line), forward)) {
    // Each variant of the forward table is an entry run backwards: its replacement is our spun form.
    const entries = [...new Map(c.variants.map((v) => [v.entry.id, v])).values()];
    const priors = entries.map((v) => v.entry.prior);
    const best = Math.max(...priors);
    const g = groups[TIERS.findIndex(([lo, hi]) => best >= lo && best < hi)];
    g.originals++;
    g.simulated += simulatedSwap(priors);
    const swapped = entries.some((v) => stands(spun[k] ?? '', v.replacement) && !stands(line, v.replacement));
    if (swapped) g.swapped++;
    if (stands(spun[k] ?? '', c.text)) g.standing++;
    if (g.examples.length < 8) g.examples.push(`${c.text}${swapped ? ' (swapped)' : ''}`);
  }
});
console.log('afghan-a: originals our entries restore, by the highest prior among their entries');
console.log('prior          originals  swapped to our form  left standing  simulated spinner would swap');
TIERS.forEach(([lo, hi], i) => {
  const g = groups[i];
  if (g.originals === 0) return;
  const share = (n: number) => `${n} (${((n / g.originals) * 100).toFixed(0)}%)`;
  console.log(
    `[${lo.toFixed(2)}, ${Math.min(1, hi).toFixed(2)}${hi > 1 ? ']' : ')'}  ${String(g.originals).padStart(9)}  ${share(g.swapped).padStart(19)}  ${share(g.standing).padStart(13)}  ${((g.simulated / g.originals) * 100).toFixed(0).padStart(27)}%`,
  );
  console.log(`               e.g. ${g.examples.join(', ')}`);
});
