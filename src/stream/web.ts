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
    // Each repaired segment is passed on as it is done: joined per chunk, they made strings big
    // enough for V8's large-object space (see DECODE_SLICE in ./core).
    transform(chunk, controller) {
      core.writeEach(chunk, (text) => controller.enqueue(text));
    },
    flush(controller) {
      core.endEach((text) => controller.enqueue(text));
    },
  });
}

export { InvalidTextError, type RepairStreamOptions } from './core';
export { segmentText, Segmenter, type WindowOptions } from '../text/segment';
