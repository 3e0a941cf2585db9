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
    // Each repaired segment is pushed as it is done (see DECODE_SLICE in ./core for why not joined).
    transform(chunk: Buffer | string, encoding: BufferEncoding | 'buffer', callback) {
      try {
        const input = typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer' ? Buffer.from(chunk, encoding) : chunk;
        core.writeEach(input, (text) => this.push(text));
        callback();
      } catch (err) {
        callback(err as Error);
      }
    },
    flush(callback) {
      try {
        core.endEach((text) => this.push(text));
        callback();
      } catch (err) {
        callback(err as Error);
      }
    },
  });
}

export { InvalidTextError, type RepairStreamOptions } from './core';
export { segmentText, Segmenter, type WindowOptions } from '../text/segment';
