/**
 * Repair as a Node stream, for pipelines of files and sockets:
 *
 *   fs.createReadStream('in.txt').pipe(repairStream()).pipe(process.stdout)
 *
 * Node-only (node:stream), so it lives apart from the browser-safe core.
 * Takes Buffers or strings, gives UTF-8 text. What the output equals for any
 * chunking is stated in ./segment.
 */
import { Transform } from 'node:stream';
import { StreamRepairCore, type RepairStreamOptions } from './core';

export function repairStream(options: RepairStreamOptions = {}): Transform {
  const core = new StreamRepairCore(options);
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, encoding: BufferEncoding | 'buffer', callback) {
      try {
        const input = typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer' ? Buffer.from(chunk, encoding) : chunk;
        const out = core.write(input);
        callback(null, out.length > 0 ? out : undefined);
      } catch (err) {
        callback(err as Error);
      }
    },
    flush(callback) {
      try {
        const out = core.end();
        callback(null, out.length > 0 ? out : undefined);
      } catch (err) {
        callback(err as Error);
      }
    },
  });
}

export { InvalidTextError, type RepairStreamOptions } from './core';
export { segmentText, Segmenter, type WindowOptions } from './segment';
