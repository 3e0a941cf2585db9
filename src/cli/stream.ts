/**
 * `unspin --stream`: repair one plain-text input as it arrives and write the
 * repaired text as it goes, so memory stays flat on inputs of any size (the
 * library's stream engine, src/stream/core.ts: segments cut at blank lines
 * once they reach 2 KB). The price of not reading everything first: when
 * the input turns out to be binary or not UTF-8 part-way, what came before
 * has been written already (the error says so), and nothing is written back
 * to files.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { InvalidTextError, StreamRepairCore } from '../stream/core';
import type { Repairer } from '../repairer';
import { UsageError } from './errors';
import { describeReadError } from './read-input';
import type { Source } from './files';

export async function streamRepair(source: Source, repairer: Repairer, minConfidence: number): Promise<void> {
  const name = source.kind === 'stdin' ? '<stdin>' : source.path;
  const input = source.kind === 'stdin' ? process.stdin : createReadStream(source.path);
  const core = new StreamRepairCore({ repairer, minConfidence, fatal: true });
  // Repaired segments, written one by one: joined per input chunk they made strings big enough
  // for V8's large-object space, which only a full collection frees (see DECODE_SLICE in ../stream/core).
  let pieces: string[] = [];
  const collect = (text: string) => void pieces.push(text);
  const emit = async () => {
    const ready = pieces;
    pieces = [];
    for (const text of ready) {
      written += text.length;
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    }
  };
  let written = 0;
  const partial = () => (written > 0 ? ` (the text before it was written to stdout)` : '');
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new UsageError(`${name}: binary input (contains NUL bytes); unspin reads UTF-8 text${partial()}`);
      core.writeEach(chunk, collect);
      await emit();
    }
    core.endEach(collect);
    await emit();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof InvalidTextError) throw new UsageError(`${name}: not valid UTF-8 text${partial()}`);
    if (source.kind === 'file' && (err as NodeJS.ErrnoException).code) throw new UsageError(describeReadError(source.path, err));
    throw err;
  }
}
