#!/usr/bin/env node
/**
 * npm run eval: score the bundled dictionaries on ../shared/corpus.
 *
 *  1. afghan-a (real spun news, hand restoration): ERR by the shared scorer at
 *     the default threshold, and precision per confidence bin (a fix is right
 *     when applying it alone brings the text closer to the gold).
 *  2. Clean news (Wikipedia current events, in 25-line articles): words changed
 *     per 1,000 words.
 *  3. Synthetic pairs (a cruder thesaurus spinner): ERR and changes, for swaps
 *     nobody wrote an entry for.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
if (!existsSync(corpus)) {
  console.log('eval: ../shared/corpus is not here; nothing to evaluate.');
  process.exit(0);
}
const { createRepairer, DEFAULT_MIN_CONFIDENCE } = require(join(root, 'dist/index.cjs'));
const repairer = createRepairer();
const read = (p) => readFileSync(p, 'utf8');

function score(jobs) {
  const out = execFileSync('python3', [join(root, 'scripts/score_batch.py')], {
    input: JSON.stringify({ jobs }),
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.toString()).results;
}

const primary = (gold) => gold.replace(/\{([^{}|]*)(\|[^{}]*)?\}/g, '$1');
const words = (s) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
const applyOne = (text, f) => text.slice(0, f.start) + f.replacement + text.slice(f.end);
const pct = (x) => (x * 100).toFixed(1) + '%';

// 1. afghan-a
const spun = read(join(corpus, 'spun/afghan-a.spun.txt'));
const gold = read(join(corpus, 'spun/afghan-a.gold.txt'));
const all = repairer.repair(spun, { minConfidence: 0, includeBelowThreshold: true });
const atDefault = repairer.repair(spun);
const cleanOut = repairer.repair(primary(gold));
const [res] = score([{ spun, gold, outputs: [atDefault.text, cleanOut.text, ...all.fixes.map((f) => applyOne(spun, f))] }]);
const [e1, cleanErrors, ...single] = res.E1;
const err = (res.E0 - e1) / res.E0;
console.log('== afghan-a (real spun news) ==');
console.log(`words ${res.words}  E0 ${res.E0}  E1 ${e1}  ERR ${err.toFixed(4)}  (threshold ${DEFAULT_MIN_CONFIDENCE})`);
console.log(`spin score ${atDefault.spinScore}  fixes applied ${atDefault.fixes.length}  errors introduced on the gold text ${cleanErrors}`);
const bins = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
console.log('confidence bin   fixes  right  precision');
for (let b = 0; b < bins.length - 1; b++) {
  const inBin = all.fixes.map((f, i) => ({ f, ok: single[i] < res.E0 })).filter(({ f }) => f.confidence >= bins[b] && f.confidence < bins[b + 1]);
  if (inBin.length === 0) continue;
  const right = inBin.filter((x) => x.ok).length;
  console.log(`[${bins[b].toFixed(1)}, ${Math.min(1, bins[b + 1]).toFixed(1)}${bins[b + 1] > 1 ? ']' : ')'}     ${String(inBin.length).padStart(5)}  ${String(right).padStart(5)}  ${pct(right / inBin.length)}`);
}
const high = all.fixes.map((f, i) => ({ f, ok: single[i] < res.E0 })).filter(({ f }) => f.confidence >= 0.9);
console.log(`fixes at >= 0.9: ${high.length}, right ${high.filter((x) => x.ok).length} (${high.length ? pct(high.filter((x) => x.ok).length / high.length) : 'n/a'})`);
{
  // ERR at other thresholds, for the record (the default is the one quoted above).
  const outs = [0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({ t, text: repairer.repair(spun, { minConfidence: t }).text }));
  const [sweep] = score([{ spun, gold, outputs: outs.map((o) => o.text) }]);
  console.log('ERR by threshold: ' + outs.map((o, i) => `${o.t}: ${((sweep.E0 - sweep.E1[i]) / sweep.E0).toFixed(3)}`).join('  '));
}
if (process.argv.includes('--verbose')) {
  for (const [i, f] of all.fixes.entries()) console.log(`  ${single[i] < res.E0 ? 'ok ' : single[i] > res.E0 ? 'BAD' : ' = '} ${f.confidence.toFixed(2)} ${f.spun} -> ${f.replacement} (${f.rule})`);
}

// 2. clean news, 25-line articles
const lines = read(join(corpus, 'clean/wikipedia-current-events.txt')).split('\n').filter((l) => l.trim());
let cleanWords = 0;
let changed = 0;
let docs = 0;
const fired = new Map();
const cleanScores = [];
for (let i = 0; i < lines.length; i += 25) {
  const doc = lines.slice(i, i + 25).join('\n\n');
  const r = repairer.repair(doc);
  cleanScores.push(repairer.explainDocument(doc).spinScore);
  docs++;
  cleanWords += words(doc);
  for (const f of r.fixes) {
    changed += Math.max(words(f.spun), words(f.replacement));
    fired.set(f.rule, (fired.get(f.rule) ?? 0) + 1);
  }
}
console.log('\n== clean news (Wikipedia current events, 25-line articles) ==');
console.log(`articles ${docs}  words ${cleanWords}  words changed ${changed}  per 1,000: ${((1000 * changed) / cleanWords).toFixed(3)}`);
const top = [...fired].sort((a, b) => b[1] - a[1]).slice(0, 8);
if (top.length) console.log('most frequent false fixes: ' + top.map(([r, n]) => `${r} ${n}`).join(', '));

// 3. synthetic thesaurus-spun pairs
const synDir = join(corpus, 'synthetic');
const pairs = readdirSync(synDir).filter((f) => f.endsWith('.spun.txt')).sort();
const jobs = pairs.map((f) => {
  const s = read(join(synDir, f));
  const o = read(join(synDir, f.replace('.spun.', '.orig.')));
  return { spun: s, gold: o.replace(/[{}|]/g, ' '), outputs: [repairer.repair(s).text] };
});
const spunScores = [repairer.explainDocument(spun).spinScore, ...pairs.map((f) => repairer.explainDocument(read(join(synDir, f))).spinScore)];
const uncapped = createRepairer({ unseenSwaps: 'uncapped' });
for (const [i, f] of pairs.entries()) jobs[i].outputs.push(uncapped.repair(read(join(synDir, f))).text);
const syn = score(jobs);
const E0 = syn.reduce((n, r) => n + r.E0, 0);
const E1 = syn.reduce((n, r) => n + r.E1[0], 0);
const E1u = syn.reduce((n, r) => n + r.E1[1], 0);
console.log('\n== synthetic thesaurus-spun pairs ==');
console.log(`pairs ${pairs.length}  E0 ${E0}  E1 ${E1}  ERR ${((E0 - E1) / E0).toFixed(4)}   with unseen swaps uncapped: E1 ${E1u}  ERR ${((E0 - E1u) / E0).toFixed(4)}`);

// 4. detect: spun (afghan-a and the synthetic articles) against clean 25-line articles.
const aucOf = (pos, neg) => {
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
};
console.log('\n== detect ==');
console.log(`AUC spun (${spunScores.length}: afghan-a + synthetic) vs clean (${cleanScores.length} articles): ${aucOf(spunScores, cleanScores).toFixed(4)}`);
console.log(`AUC synthetic only vs clean: ${aucOf(spunScores.slice(1), cleanScores).toFixed(4)}   afghan-a spin score ${spunScores[0].toFixed(4)}`);

// 5. calibration, measured by npm run calibrate on held-out Brown files (data/calibration.json).
const cal = require(join(root, 'data/calibration.json'));
console.log('\n== calibration (held-out simulated data, data/calibration.json) ==');
for (const [name, t] of [['dictionary fixes', cal.heldOut.dictionaryFixes], ['unseen swaps (uncapped)', cal.heldOut.unseenSwaps]]) {
  console.log(`${name}: ${t.fixes} fixes, expected calibration error ${t.expectedCalibrationError.toFixed(4)}`);
  console.log('  bin          weighted fixes  right  mean confidence  share right');
  for (const b of t.reliability) {
    if (!b.fixes) continue;
    console.log(`  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})   ${String(b.fixes).padStart(12)}  ${String(b.right).padStart(5)}  ${b.meanConfidence.toFixed(3).padStart(15)}  ${(b.right / b.fixes).toFixed(3).padStart(11)}`);
  }
}
console.log(`document AUC on held-out simulated documents: ${cal.heldOut.documentAuc}`);
