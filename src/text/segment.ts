/**
 * Where a long text may be cut into independently repaired segments.
 *
 * `repair()` scores a text of up to WHOLE_TEXT_LIMIT code units as one
 * document; a longer one it repairs segment by segment, cut by the rule
 * below. A repair stream does the same (it holds the text until it knows
 * which case it is in), so its output equals `repair(whole).text` whatever
 * the chunking of the input: the cuts are a function of the text alone,
 * never of where chunks happen to end. Inside a segment everything works as
 * in a short text; across a cut nothing does: a phrase is not matched across
 * it, and the document-level spin evidence is that of the segment.
 *
 * The rule, for a segment starting at s:
 * 1. Cut at the first paragraph break ending at p with minWindow <= p - s <= maxWindow.
 *    A paragraph break is a whitespace run holding two or more line feeds
 *    (a blank line, LF or CRLF); it ends where the next non-space character
 *    starts, so the blank lines stay with the paragraph before them.
 * 2. Otherwise, when the rest of the text is at most maxWindow long, it is the last segment.
 * 3. Otherwise (a very long paragraph) cut inside the first maxWindow characters:
 *    after the last line break, else after the last whitespace run, else at
 *    maxWindow itself (never inside a surrogate pair). This bounds memory.
 *
 * Browser-safe: plain string work, no Node API.
 */

export interface WindowOptions {
  /**
   * Smallest segment, in UTF-16 code units, before a paragraph break may end
   * it. Larger windows give the document-level evidence more text, and mix
   * more unrelated pages into it. 0 cuts at every paragraph break. Default 2,048.
   */
  minWindow?: number;
  /** Largest segment, in UTF-16 code units; bounds memory on text without paragraph breaks. Default 1,048,576. */
  maxWindow?: number;
}

/**
 * A segment is one document to the scorer, which was calibrated on documents
 * of 12 to 700 words (scripts/calibrate.ts). Measured with
 * scripts/eval-stream.ts (411 news articles, half of them farm-spun, in one
 * stream; swaps undone net of errors): each article repaired alone 0.769;
 * minimum windows of 64 KB 0.436 (clean pages in a spun window got fixes, and
 * spun pages in a clean one lost them), 16 KB 0.600, 4 KB 0.708, 2 KB 0.737,
 * 0 (every paragraph alone: too little evidence) 0.573. Small windows also
 * keep each segment's strings out of V8's large-object space: the stream's
 * peak RSS on 50 MB went from about 270 MB to about 165 MB.
 */
export const DEFAULT_MIN_WINDOW = 2 * 1024;
export const DEFAULT_MAX_WINDOW = 1024 * 1024;

/**
 * Longest text (UTF-16 code units) that is scored as one document. A longer
 * one, such as a file of many pages, is cut into segments (segmentText,
 * default windows) and each is repaired as a document: one page's evidence
 * should not decide for thousands of others. 64 KB is about 10,000 words,
 * far past the longest calibration document (700 words) and past nearly
 * every single article, which are best scored whole (scripts/eval-stream.ts:
 * 0.769 of swaps undone net with each article whole, 0.737 in 2 KB windows).
 * Measured on the bench (10 MB file of 17,000 pages, CLI without --stream):
 * as one document, no fix at all once no fix may be likelier right than its
 * text is spun; see CHANGELOG for the figures in windows.
 */
export const WHOLE_TEXT_LIMIT = 64 * 1024;

interface Windows {
  min: number;
  max: number;
}

export function resolveWindows(options: WindowOptions = {}): Windows {
  const min = options.minWindow ?? DEFAULT_MIN_WINDOW;
  const max = options.maxWindow ?? DEFAULT_MAX_WINDOW;
  if (!Number.isInteger(min) || min < 0) throw new RangeError(`minWindow must be a whole number >= 0, got ${min}`);
  // Two code units at least, so a hard cut can always keep a surrogate pair whole and still advance.
  if (!Number.isInteger(max) || max < 2 || max < min) throw new RangeError(`maxWindow must be a whole number >= 2 and >= minWindow, got ${max}`);
  return { min, max };
}

const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Cut a whole text into the segments a repair stream repairs one by one. */
export function segmentText(text: string, options: WindowOptions = {}): string[] {
  const segmenter = new Segmenter(options);
  return [...segmenter.push(text), ...segmenter.end()];
}

/**
 * Incremental segmentation: push text as it arrives, get back the segments
 * it completed. Each code unit is scanned once (a cut by rule 3 rescans at
 * most one window), and at most maxWindow code units plus one chunk are held.
 */
export class Segmenter {
  private readonly windows: Windows;
  /** Text not yet returned, in the chunks it came in (joined only at a cut). */
  private chunks: string[] = [];
  private length = 0;
  // Scan state, relative to the start of the pending text.
  private scanned = 0;
  private chunkIndex = 0;
  private chunkOffset = 0;
  private lineFeeds = 0; // in the whitespace run being scanned
  private prevSpace = false;
  private lastLine = 0; // end of the last whitespace run holding a line feed
  private lastSpace = 0; // end of the last whitespace run

  constructor(options: WindowOptions = {}) {
    this.windows = resolveWindows(options);
  }

  /** Add text; returns the segments it completed, in order. */
  push(text: string): string[] {
    if (text.length > 0) {
      this.chunks.push(text);
      this.length += text.length;
    }
    return this.drain(false);
  }

  /** No more text: returns the remaining segments. */
  end(): string[] {
    return this.drain(true);
  }

  private drain(final: boolean): string[] {
    const out: string[] = [];
    for (let n = this.findCut(final); n !== undefined; n = this.findCut(final)) out.push(this.take(n));
    return out;
  }

  /** Length of the first segment of the pending text, or undefined while more text is needed. */
  private findCut(final: boolean): number | undefined {
    const { min, max } = this.windows;
    while (this.chunkIndex < this.chunks.length) {
      const chunk = this.chunks[this.chunkIndex];
      while (this.chunkOffset < chunk.length) {
        const i = this.scanned;
        if (i > max) return this.longCut();
        const c = chunk.charCodeAt(this.chunkOffset);
        this.scanned++;
        this.chunkOffset++;
        if (isSpace(c)) {
          if (c === 0x0a) this.lineFeeds++;
          this.prevSpace = true;
          continue;
        }
        // i ends a whitespace run.
        if (this.prevSpace) {
          if (this.lineFeeds >= 2 && i >= min) return i;
          if (this.lineFeeds >= 1) this.lastLine = i;
          this.lastSpace = i;
        }
        this.lineFeeds = 0;
        this.prevSpace = false;
      }
      this.chunkIndex++;
      this.chunkOffset = 0;
    }
    if (this.length > max) return this.longCut();
    return final && this.length > 0 ? this.length : undefined;
  }

  /** Rule 3: a window of text without a paragraph break (max + 1 code units have been seen). */
  private longCut(): number {
    if (this.lastLine > 0) return this.lastLine;
    if (this.lastSpace > 0) return this.lastSpace;
    const { max } = this.windows;
    const text = this.joined();
    const c = text.charCodeAt(max - 1);
    const splitsPair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(max) & 0xfc00) === 0xdc00;
    return splitsPair ? max - 1 : max;
  }

  private joined(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  /** Remove and return the first n code units; the rest is scanned again from its start. */
  private take(n: number): string {
    const text = this.joined();
    const rest = text.slice(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    this.scanned = this.chunkIndex = this.chunkOffset = this.lineFeeds = this.lastLine = this.lastSpace = 0;
    this.prevSpace = false;
    return text.slice(0, n);
  }
}
