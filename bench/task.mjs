/**
 * One benchmark measurement, run in its own process so that its peak RSS is
 * its own. Prints one JSON line: { seconds, bytes, fixes, maxRssMB, ... }.
 *
 *   node bench/task.mjs TASK CORPUS_FILE DOCS_JSON [ARG]
 *
 * Times exclude process start and library load (measured separately).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';

const require = createRequire(import.meta.url);
const [task, file, docsFile, arg] = process.argv.slice(2);
const lib = () => require('../dist/index.cjs');

/** The corpus documents, from the file and the list of their lengths (UTF-16 code units). */
function documents(limitBytes = Infinity) {
  const text = readFileSync(file, 'utf8');
  const lengths = JSON.parse(readFileSync(docsFile, 'utf8'));
  const docs = [];
  let at = 0;
  let bytes = 0;
  for (const n of lengths) {
    const doc = text.slice(at, at + n);
    at += n + 2; // the "\n\n" between documents
    bytes += Buffer.byteLength(doc);
    docs.push(doc);
    if (bytes >= limitBytes) break;
  }
  return { docs, bytes };
}

const timed = (fn) => {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, ...out };
};

const tasks = {
  /** The baseline: a bare regex tokenizer over the same text. */
  bare() {
    const text = readFileSync(file, 'utf8');
    return timed(() => {
      let n = 0;
      const re = /\p{L}+|\p{N}+|\S/gu;
      while (re.exec(text) !== null) n++;
      return { bytes: Buffer.byteLength(text), tokens: n };
    });
  },

  /**
   * Our tokenizer alone (every character, exact offsets, token objects), on
   * each document as repair() sees them: one 50 MB array of token objects
   * would measure the garbage collector rather than the tokenizer.
   */
  tokenize() {
    const { docs, bytes } = documents();
    const { tokenize } = lib();
    return timed(() => {
      let tokens = 0;
      for (const d of docs) tokens += tokenize(d).length;
      return { bytes, tokens };
    });
  },

  /** repair() on each document, one compiled repairer. ARG: byte limit. */
  'repair-docs'() {
    const { docs, bytes } = documents(arg ? Number(arg) : Infinity);
    const compile = timed(() => ({ repairer: lib().createRepairer() }));
    const pass = () => {
      let fixes = 0;
      for (const d of docs) fixes += compile.repairer.repair(d).fixes.length;
      return { bytes, fixes, docs: docs.length };
    };
    // The first pass is the figure: it pays the one-time lazy work and JIT warm-up. A second pass
    // over the same documents shows the speed a long job settles at.
    const run = timed(pass);
    const warm = timed(pass);
    return { ...run, compileSeconds: compile.seconds, warmSeconds: warm.seconds };
  },

  /** repair() on one text of ARG code units (for the linearity check and the CLI comparison). */
  'repair-single'() {
    const text = readFileSync(file, 'utf8').slice(0, Number(arg));
    const repairer = lib().createRepairer();
    return timed(() => ({ bytes: Buffer.byteLength(text), fixes: repairer.repair(text).fixes.length }));
  },

  /** createRepairStream over the file (first ARG bytes), output counted and dropped. */
  async stream() {
    const { createRepairStream } = lib();
    let fixes = 0;
    const repairStream = createRepairStream({ onResult: (r) => (fixes += r.fixes.length) });
    // The floor: peak RSS once the library is loaded and its dictionaries compiled, before any text.
    const loadedRssMB = process.resourceUsage().maxRSS / 1024;
    const end = arg ? Number(arg) - 1 : undefined;
    const t0 = process.hrtime.bigint();
    let out = 0;
    await Readable.toWeb(createReadStream(file, { end, highWaterMark: 64 * 1024 }))
      .pipeThrough(repairStream)
      .pipeTo(new WritableStream({ write: (chunk) => void (out += chunk.length) }));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const bytes = end === undefined ? statSync(file).size : end + 1; // not readFileSync: 50 MB read at the end would count in the peak RSS
    return { seconds, bytes, fixes, outChars: out, loadedRssMB };
  },

  /** textlint + textlint-rule-prh fixing each document (first ARG bytes) with a prh file (env PRH_YAML). */
  async textlint() {
    const { docs, bytes } = documents(Number(arg));
    // CJS modules compiled from ESM: the export sits under one or two `default`s.
    const interop = (m) => (m && m.default && (typeof m !== "function") && !m.linter && !m.Processor ? interop(m.default) : m);
    const { TextlintKernel } = await import('@textlint/kernel');
    const textPlugin = interop(await import('@textlint/textlint-plugin-text'));
    const prh = interop(await import('textlint-rule-prh'));
    const kernel = new TextlintKernel();
    const options = {
      ext: '.txt',
      plugins: [{ pluginId: 'text', plugin: textPlugin }],
      rules: [{ ruleId: 'prh', rule: prh, options: { rulePaths: [process.env.PRH_YAML] } }],
    };
    await kernel.fixText('warm up: the prh rules load here.', options);
    const t0 = process.hrtime.bigint();
    let fixes = 0;
    for (const d of docs) fixes += (await kernel.fixText(d, options)).applyingMessages.length;
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, bytes, fixes, docs: docs.length };
  },
};

const result = await tasks[task]();
delete result.repairer;
console.log(JSON.stringify({ task, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
