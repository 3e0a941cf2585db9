/**
 * The engine behind both repair streams (web and Node): decodes UTF-8 bytes
 * as they come (a character split across chunks is joined, not mangled),
 * cuts the text into segments at safe places (see ./segment), and repairs
 * each segment as soon as it is complete. Browser-safe.
 */
import { bundledRepairer as sharedRepairer, createRepairer, type RepairCallOptions, type Repairer, type RepairerOptions, type RepairResult } from '../repairer';
import { Segmenter, type WindowOptions } from './segment';

export interface RepairStreamOptions extends RepairerOptions, WindowOptions {
  /** A compiled repairer to reuse; otherwise one is compiled from the other options. */
  repairer?: Repairer;
  /**
   * Refuse bytes that are not valid UTF-8 (default true): the stream fails
   * with an InvalidTextError. With false they become U+FFFD.
   */
  fatal?: boolean;
  /**
   * Called with each segment's result, in order. Fix offsets are relative to
   * the segment; `offset` is where it starts in the decoded input (UTF-16 code units).
   */
  onResult?: (result: RepairResult, offset: number) => void;
}

/** The input of a repair stream is not text it can repair. */
export class InvalidTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTextError';
  }
}

function repairerFor(options: RepairStreamOptions): Repairer {
  if (options.repairer) return options.repairer;
  const { dictionaries, bundled, disable, disableTags, frequencies, parameters } = options;
  const own = { dictionaries, bundled, disable, disableTags, frequencies, parameters };
  // No options of its own: the bundled repairer that repair() and detect() use too.
  if (Object.values(own).every((v) => v === undefined)) return sharedRepairer();
  return createRepairer(own);
}

export class StreamRepairCore {
  private readonly repairer: Repairer;
  private readonly call: RepairCallOptions;
  private readonly segmenter: Segmenter;
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private readonly onResult?: RepairStreamOptions['onResult'];
  private offset = 0;
  private decoded = 0;
  private bytesPending = false;

  constructor(options: RepairStreamOptions = {}) {
    this.segmenter = new Segmenter(options);
    this.repairer = repairerFor(options);
    this.call = { minConfidence: options.minConfidence, includeBelowThreshold: options.includeBelowThreshold };
    // ignoreBOM keeps a byte-order mark in the output, as repair() keeps it in a string.
    this.decoder = new TextDecoder('utf-8', { fatal: options.fatal ?? true, ignoreBOM: true });
    this.onResult = options.onResult;
  }

  /** Take a chunk (text, or UTF-8 bytes); returns the repaired text now complete (often ''). */
  write(chunk: string | ArrayBufferView | ArrayBuffer): string {
    let text: string;
    if (typeof chunk === 'string') {
      // Bytes held back for a character still open cannot be completed by a string:
      // they are an error, or U+FFFD with `fatal: false`.
      text = (this.bytesPending ? this.decode(undefined, false) : '') + chunk;
    } else {
      text = this.decode(chunk, true);
    }
    return this.repairAll(this.segmenter.push(text));
  }

  /** End of input: returns the rest of the repaired text. */
  end(): string {
    const tail = this.bytesPending ? this.decode(undefined, false) : '';
    return this.repairAll([...this.segmenter.push(tail), ...this.segmenter.end()]);
  }

  private decode(bytes: ArrayBufferView | ArrayBuffer | undefined, stream: boolean): string {
    try {
      const text = this.decoder.decode(bytes as Uint8Array | ArrayBuffer | undefined, { stream });
      // A chunk that ends inside a character leaves bytes in the decoder; we cannot see them, so assume so.
      this.bytesPending = stream;
      this.decoded += text.length;
      return text;
    } catch {
      throw new InvalidTextError(`input is not valid UTF-8 text (after ${this.decoded} characters)`);
    }
  }

  private repairAll(segments: string[]): string {
    let out = '';
    for (const segment of segments) {
      const result = this.repairer.repair(segment, this.call);
      this.onResult?.(result, this.offset);
      this.offset += segment.length;
      out += result.text;
    }
    return out;
  }
}
