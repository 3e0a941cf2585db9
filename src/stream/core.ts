/**
 * The engine behind both repair streams (web and Node): decodes UTF-8 bytes
 * as they come (a character split across chunks is joined, not mangled),
 * cuts the text into segments at safe places (see ../text/segment), and
 * repairs each segment as soon as it is complete, once the text has grown past
 * WHOLE_TEXT_LIMIT; a shorter text is repaired whole at its end, so the output
 * always equals repair(whole). Browser-safe.
 */
import { bundledRepairer as sharedRepairer, createRepairer, type RepairCallOptions, type Repairer, type RepairerOptions, type RepairResult } from '../repairer';
import { Segmenter, WHOLE_TEXT_LIMIT, type WindowOptions } from '../text/segment';

/**
 * Bytes decoded at a time. A 64 KB chunk of text with one curly quote in it
 * decodes to a two-byte string of 128 KB, which V8 allocates in its
 * large-object space, freed only by a full collection; decoded 16 KB at a time,
 * every string the stream makes stays small and dies young. Measured on the
 * bench corpus (50 MB, createRepairStream, 64 KB chunks, output passed on
 * per segment as well): peak RSS 163 MB decoding whole chunks, 142 MB in slices.
 */
const DECODE_SLICE = 16 * 1024;

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
  /**
   * Until more than WHOLE_TEXT_LIMIT code units have come, the segments are held: a text that
   * short is repaired as one document, as repair() does. Past it, they are repaired one by one.
   */
  private held: string[] = [];
  private seen = 0;
  private long = false;

  constructor(options: RepairStreamOptions = {}) {
    this.segmenter = new Segmenter(options);
    this.repairer = repairerFor(options);
    // The segments are cut here, with this stream's windows: each is one document, however long.
    this.call = { minConfidence: options.minConfidence, includeBelowThreshold: options.includeBelowThreshold, oneDocument: true };
    // ignoreBOM keeps a byte-order mark in the output, as repair() keeps it in a string.
    this.decoder = new TextDecoder('utf-8', { fatal: options.fatal ?? true, ignoreBOM: true });
    this.onResult = options.onResult;
  }

  /** Take a chunk (text, or UTF-8 bytes); returns the repaired text now complete (often ''). */
  write(chunk: string | ArrayBufferView | ArrayBuffer): string {
    let out = '';
    this.writeEach(chunk, (text) => (out += text));
    return out;
  }

  /** End of input: returns the rest of the repaired text. */
  end(): string {
    let out = '';
    this.endEach((text) => (out += text));
    return out;
  }

  /** As write(), but hands over each repaired segment as it is done (the streams emit them one by one). */
  writeEach(chunk: string | ArrayBufferView | ArrayBuffer, emit: (text: string) => void): void {
    if (typeof chunk === 'string') {
      // Bytes held back for a character still open cannot be completed by a string:
      // they are an error, or U+FFFD with `fatal: false`.
      const text = (this.bytesPending ? this.decode(undefined, false) : '') + chunk;
      this.push(text, emit);
      return;
    }
    const bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at < bytes.length; at += DECODE_SLICE) this.push(this.decode(bytes.subarray(at, at + DECODE_SLICE), true), emit);
  }

  /** As end(), segment by segment. */
  endEach(emit: (text: string) => void): void {
    const tail = this.bytesPending ? this.decode(undefined, false) : '';
    this.seen += tail.length;
    this.take([...this.segmenter.push(tail), ...this.segmenter.end()], emit);
    // The whole text was short: one document, exactly as repair() takes it.
    if (!this.long && this.held.length > 0) {
      const whole = this.held.join('');
      this.held = [];
      this.repairAll([whole], emit);
    }
  }

  private push(text: string, emit: (text: string) => void): void {
    this.seen += text.length;
    this.take(this.segmenter.push(text), emit);
  }

  /** Repair completed segments, or hold them while the text may still turn out short. */
  private take(segments: string[], emit: (text: string) => void): void {
    if (!this.long && this.seen > WHOLE_TEXT_LIMIT) {
      this.long = true;
      const held = this.held;
      this.held = [];
      this.repairAll(held, emit);
    }
    if (this.long) this.repairAll(segments, emit);
    else for (const s of segments) this.held.push(s);
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

  private repairAll(segments: string[], emit: (text: string) => void): void {
    for (const segment of segments) {
      const result = this.repairer.repair(segment, this.call);
      this.onResult?.(result, this.offset);
      this.offset += segment.length;
      if (result.text.length > 0) emit(result.text);
    }
  }
}
