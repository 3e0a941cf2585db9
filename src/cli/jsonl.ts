/**
 * JSON Lines in, JSON Lines out, streaming: one record is read, repaired and
 * written at a time (readline), so memory stays flat whatever the input's
 * size, and unspin can sit in a pipeline as a mapper (GNU parallel --pipe,
 * Hadoop Streaming, Spark's RDD.pipe).
 *
 * Only the named field's value is rewritten (jsonc-parser edits the line in
 * place), so every other byte of the record (key order, number spelling,
 * big integers) comes out as it went in; `fixes` and `spinScore` fields are
 * added on request. A record that is unchanged and gets no new fields is
 * written back verbatim.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { applyEdits, modify } from 'jsonc-parser';
import type { Fix, Repairer } from '../repairer';
import { UsageError } from './errors';
import type { Source } from './files';
import type { OnError } from './options';
import { describeReadError } from './read-input';
import type { Tally } from './check';

export interface JsonlOptions {
  /** Dotted path of the text field ("text", "article.body"). */
  field: string;
  /** Name of the field to add with the fixes, if any. */
  addFixes?: string;
  /** Name of the field to add with the spin score, if any. */
  addSpinScore?: string;
  onError: OnError;
  minConfidence: number;
  includeBelowThreshold: boolean;
  /** Where bad-line messages go. */
  warn: (line: string) => void;
}

/** The fix fields a record carries (the evidence stays out: it is for --explain). */
const compactFix = (f: Fix) => ({
  start: f.start,
  end: f.end,
  spun: f.spun,
  replacement: f.replacement,
  confidence: Math.round(f.confidence * 1e4) / 1e4,
  rule: f.rule,
  ...(f.applied ? {} : { applied: false }),
});

function valueAt(record: unknown, path: string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Repair the records of one input; yields each output line. `tally`
 * is updated as records go by.
 */
export async function* repairJsonl(input: Readable, name: string, repairer: Repairer, opts: JsonlOptions, tally: Tally): AsyncGenerator<string> {
  const path = opts.field.split('.');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (let line of lines) {
    lineNo++;
    if (lineNo === 1) line = line.replace(/^\uFEFF/, '');
    const out = repairLine(line, lineNo);
    // One record at a time, so a record comes out as soon as it is repaired (consumers batch).
    if (out !== null) yield out + '\n';
  }

  function repairLine(line: string, n: number): string | null {
    if (line.trim() === '') return line;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      return bad(line, n, `invalid JSON (${(err as Error).message})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return bad(line, n, 'not a JSON object');
    const text = valueAt(record, path);
    if (typeof text !== 'string') return bad(line, n, `field "${opts.field}" is ${text === undefined ? 'missing' : 'not a string'}`);
    const result = repairer.repair(text, { minConfidence: opts.minConfidence, includeBelowThreshold: opts.includeBelowThreshold });
    tally.files++;
    tally.fixes += result.fixes.filter((f) => f.applied).length;
    if (result.spinScore > tally.maxSpin) {
      tally.maxSpin = result.spinScore;
      tally.maxSpinName = `${name}:${n}`;
    }
    let out = line;
    const set = (p: string[], value: unknown) => {
      out = applyEdits(out, modify(out, p, value, {}));
    };
    if (result.text !== text) set(path, result.text);
    if (opts.addFixes) set([opts.addFixes], result.fixes.map(compactFix));
    if (opts.addSpinScore) set([opts.addSpinScore], result.spinScore);
    return out;
  }

  function bad(line: string, n: number, why: string): string | null {
    const message = `${name}:${n}: ${why}`;
    if (opts.onError === 'fail') throw new UsageError(`${message} (use --on-error skip or keep to go on past bad lines)`);
    opts.warn(`unspin: ${message}; ${opts.onError === 'skip' ? 'skipped' : 'kept unchanged'}`);
    return opts.onError === 'keep' ? line : null;
  }
}

export function openSource(source: Source): { stream: Readable; name: string } {
  if (source.kind === 'stdin') return { stream: process.stdin, name: '<stdin>' };
  const stream = createReadStream(source.path, { encoding: 'utf8' });
  return { stream, name: source.path };
}

/** Wait for a read stream to open, so that a missing file is a usage error before any output. */
export async function opened(stream: Readable, name: string): Promise<void> {
  if (stream === process.stdin) return;
  try {
    await Promise.race([once(stream, 'ready'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
  } catch (err) {
    throw new UsageError(describeReadError(name, err));
  }
}

/** Write chunks to stdout with backpressure. */
export async function toStdout(chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
