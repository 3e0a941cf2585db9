/**
 * Repair as a web stream (browsers, Deno, Node >= 18):
 *
 *   response.body.pipeThrough(createRepairStream()).pipeThrough(new TextEncoderStream())
 *
 * Takes strings or UTF-8 bytes, gives repaired strings. What the output
 * equals for any chunking is stated in ./segment.
 */
import { StreamRepairCore, type RepairStreamOptions } from './core';

export function createRepairStream(options: RepairStreamOptions = {}): TransformStream<string | ArrayBufferView | ArrayBuffer, string> {
  const core = new StreamRepairCore(options);
  return new TransformStream({
    transform(chunk, controller) {
      const out = core.write(chunk);
      if (out.length > 0) controller.enqueue(out);
    },
    flush(controller) {
      const out = core.end();
      if (out.length > 0) controller.enqueue(out);
    },
  });
}

export { InvalidTextError, type RepairStreamOptions } from './core';
export { segmentText, Segmenter, type WindowOptions } from './segment';
