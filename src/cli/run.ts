/**
 * The repair command: resolve inputs, read and check them all, repair, write
 * files back (with --write), print the chosen format, and give the CI
 * verdict. Loaded only when there is work to do (it pulls in the
 * dictionaries), so --help and --version start fast.
 */
import { performance } from 'node:perf_hooks';
import { promises as fs, statSync, unlinkSync } from 'node:fs';
import { UsageError, EXIT } from './errors';
import type { CliOptions, OutputFormat } from './options';
import { effectiveSettings, type Settings } from './settings';
import { resolveSources, type Source } from './files';
import { readInput, type Input } from './read-input';
import { repairerFor } from './repairer';
import { documentKind, loadParsers, repairDocument, type DocumentKind } from './document';
import { streamRepair } from './stream';
import { formatResults } from './format';
import { formatExplain } from './format/explain';
import { fixCount, plural, type FileResult } from './format/types';
import { isChecking, verdict, type Tally } from './check';
import { createFeedback, type Feedback } from './progress';
import type { JsonlOptions } from './jsonl';
// Loaded when a run writes files or reads JSON Lines: a plain run does not pay for them at start-up.
const writeFile = () => import('./write-file');
const jsonl = () => import('./jsonl');

export async function runRepair(args: string[], opts: CliOptions, version: string): Promise<void> {
  const started = performance.now();
  const settings = effectiveSettings(opts);
  if (opts.printConfig) {
    process.stdout.write(JSON.stringify(printable(settings), null, 2) + '\n');
    return;
  }
  if (opts.write && isChecking(opts)) throw new UsageError('--write cannot be combined with --check, --max-fixes or --fail-on-spin-score (check first, then write)');

  const sources = await resolveSources(args, {
    extensions: opts.ext,
    useIgnoreFiles: opts.ignoreFiles,
    patterns: settings.ignore,
    patternBase: settings.ignoreBase,
  });
  if (opts.write && sources.some((s) => s.kind === 'stdin')) throw new UsageError('--write rewrites files in place; it cannot write to stdin (name files, or drop --write)');
  const kinds = sources.map((s) => documentKind(s.kind === 'file' ? s.path : null, opts.inputFormat));
  if (opts.stream) return runStreaming(sources, kinds, opts, settings);
  const feedback = await createFeedback(opts.quiet);

  if (kinds.some((k) => k === 'jsonl')) {
    if (!kinds.every((k) => k === 'jsonl')) throw new UsageError('JSON Lines inputs cannot be mixed with other files in one run');
    return runJsonl(sources, opts, settings, feedback, started);
  }

  // Every input is read and checked before anything is written.
  const inputs: Input[] = sources.map(readInput);
  const repairer = repairerFor(settings);
  await loadParsers(kinds);
  const format = opts.format ?? defaultFormat(args, sources, opts);
  const call = { minConfidence: settings.minConfidence, includeBelowThreshold: opts.all };

  feedback.start(inputs.length, inputs.reduce((n, i) => n + i.text.length, 0));
  const results: FileResult[] = inputs.map((input, i) => {
    const result = repairDocument(repairer, input.text, kinds[i], call);
    feedback.tick(result.fixes.filter((f) => f.applied).length);
    return { name: input.name, path: input.path, kind: kinds[i], text: input.text, result };
  });
  feedback.stop();

  let writeFailed = false;
  if (opts.write) writeFailed = await writeBack(results);

  process.stdout.write(await formatResults(format, results, version, opts.color));
  if (opts.explain) for (const r of results) process.stderr.write(formatExplain(r));

  const tally = tallyOf(results);
  const reasons = verdict(tally, opts, settings.minConfidence);
  if (reasons.length > 0) {
    if (!opts.quiet) process.stderr.write(`unspin: check failed: ${reasons.join('; ')}\n`);
    process.exitCode = EXIT.checkFailed;
  }
  if (writeFailed) process.exitCode = EXIT.usage;

  const changed = results.filter((r) => r.result.text !== r.text).length;
  const written = results.filter((r) => r.written).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  feedback.summary(
    `unspin: ${plural(results.length, 'file')}, ${plural(fixCount(results), 'fix', 'fixes')} in ${plural(changed, 'file')}` +
      (opts.write ? `, ${written} written` : '') +
      `, ${seconds} s`,
  );
}

/** --stream: one plain-text input, repaired text out as it comes (src/cli/stream.ts). */
async function runStreaming(sources: Source[], kinds: DocumentKind[], opts: CliOptions, settings: Settings): Promise<void> {
  const refuse = (why: string) => new UsageError(`--stream ${why}`);
  if (sources.length !== 1) throw refuse('repairs one input (stdin or one file)');
  if (kinds[0] !== 'text') throw refuse(`reads plain text; ${sources[0].kind === 'file' ? sources[0].path : '<stdin>'} is ${kinds[0]}`);
  if (opts.format && opts.format !== 'text') throw refuse('writes the repaired text only (no --format other than text)');
  if (opts.write || isChecking(opts) || opts.explain || opts.all) throw refuse('cannot be combined with --write, --check, --max-fixes, --fail-on-spin-score, --explain or --all');
  await streamRepair(sources[0], repairerFor(settings), settings.minConfidence);
}

/**
 * Repaired text for one named file or stdin (the Unix-filter use); a report
 * when checking, writing, or looking at several files.
 */
function defaultFormat(args: string[], sources: Source[], opts: CliOptions): OutputFormat {
  if (opts.write || isChecking(opts) || sources.length !== 1) return 'report';
  const only = sources[0];
  if (only.kind === 'stdin') return 'text';
  return args.length === 1 && args[0] === only.path ? 'text' : 'report';
}

function tallyOf(results: FileResult[]): Tally {
  const tally: Tally = { files: results.length, fixes: fixCount(results), maxSpin: 0, maxSpinName: '' };
  for (const r of results) {
    if (r.result.spinScore >= tally.maxSpin) {
      tally.maxSpin = r.result.spinScore;
      tally.maxSpinName = r.name;
    }
  }
  return tally;
}

/**
 * Rewrite the changed files, one at a time. Each is replaced atomically or
 * not at all; a file that cannot be written is reported and left alone and
 * the others still go ahead. Ctrl-C stops between (or during) writes with
 * no temporary file left and every file either old or new, never half.
 * Returns whether any write failed.
 */
async function writeBack(results: FileResult[]): Promise<boolean> {
  const { cannotWrite, pendingTemporaryFiles, writeAtomic, writeErrorReason } = await writeFile();
  let failed = false;
  let done = 0;
  const onInterrupt = () => {
    for (const temp of pendingTemporaryFiles()) {
      try {
        unlinkSync(temp);
      } catch {
        // Already renamed into place or never created: nothing to clean.
      }
    }
    process.stderr.write(`unspin: interrupted; ${plural(done, 'file')} written, the others left unchanged\n`);
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    for (const r of results) {
      if (!r.path || r.result.text === r.text) {
        r.written = false;
        continue;
      }
      const reason = await cannotWrite(r.path, statSync(r.path)).catch((err) => writeErrorReason(err));
      if (reason) {
        fail(r, reason);
        continue;
      }
      // The file must still hold what we read: someone may have edited it meanwhile.
      const now = await fs.readFile(r.path, 'utf8').catch(() => null);
      if (now !== r.text) {
        fail(r, 'changed on disk while unspin ran, left unchanged');
        continue;
      }
      try {
        await writeAtomic(r.path, r.result.text);
        r.written = true;
        done++;
      } catch (err) {
        fail(r, writeErrorReason(err));
      }
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
  return failed;

  function fail(r: FileResult, reason: string) {
    r.written = false;
    r.writeError = reason;
    failed = true;
    process.stderr.write(`unspin: ${r.name}: ${reason}\n`);
  }
}

async function runJsonl(sources: Source[], opts: CliOptions, settings: Settings, feedback: Feedback, started: number): Promise<void> {
  if (opts.format && opts.format !== 'text') throw new UsageError(`--format ${opts.format} is not available for JSON Lines input (records are written back as JSON Lines)`);
  const { openSource, opened, repairJsonl, toStdout } = await jsonl();
  const { writeAtomic, writeErrorReason } = await writeFile();
  const repairer = repairerFor(settings);
  const tally: Tally = { files: 0, fixes: 0, maxSpin: 0, maxSpinName: '' };
  const jopts: JsonlOptions = {
    field: opts.field,
    addFixes: opts.addFixes === true ? 'fixes' : opts.addFixes,
    addSpinScore: opts.addSpinScore === true ? 'spinScore' : opts.addSpinScore,
    onError: opts.onError,
    minConfidence: settings.minConfidence,
    includeBelowThreshold: opts.all,
    warn: (line) => process.stderr.write(line + '\n'),
  };
  for (const source of sources) {
    const { stream, name } = openSource(source);
    await opened(stream, name);
    const chunks = repairJsonl(stream, name, repairer, jopts, tally);
    if (opts.write && source.kind === 'file') await writeAtomic(source.path, chunks).catch(rethrowWrite(name, writeErrorReason));
    else await toStdout(chunks);
  }
  const reasons = verdict({ ...tally }, opts, settings.minConfidence);
  if (reasons.length > 0) {
    if (!opts.quiet) process.stderr.write(`unspin: check failed: ${reasons.join('; ')}\n`);
    process.exitCode = EXIT.checkFailed;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  feedback.summary(`unspin: ${plural(tally.files, 'record')}, ${plural(tally.fixes, 'fix', 'fixes')}, ${seconds} s`);
}

const rethrowWrite = (name: string, writeErrorReason: (err: unknown) => string) => (err: unknown) => {
  if (err instanceof UsageError) throw err;
  throw new UsageError(`${name}: ${writeErrorReason(err)}`);
};

function printable(s: Settings) {
  return {
    configFile: s.configFile,
    minConfidence: s.minConfidence,
    dictionaries: s.dictionaries,
    disable: s.disable,
    disableTags: s.disableTags,
    bundled: s.bundled,
    ignore: s.ignore,
  };
}
