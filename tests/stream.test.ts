import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { createRepairer } from '../src/repairer';
import { createRepairStream, InvalidTextError, Segmenter, segmentText } from '../src/stream/web';
import { WHOLE_TEXT_LIMIT } from '../src/text/segment';
import { repairStream } from '../src/stream/node';

const runs = process.env.UNSPIN_LONG_TESTS ? 1000 : 100;
const spun = readFileSync(join(__dirname, '..', 'fixtures', 'example.spun.txt'), 'utf8');
const repairer = createRepairer();

/**
 * The documented meaning of a stream's output: a text up to WHOLE_TEXT_LIMIT repaired whole, a longer
 * one segment by segment (with the default windows, exactly what repair() does with it).
 */
const expected = (text: string, windows: { minWindow?: number; maxWindow?: number } = {}) =>
  text.length <= WHOLE_TEXT_LIMIT ? repairer.repair(text).text : segmentText(text, windows).map((s) => repairer.repair(s).text).join('');

/** Cut `bytes` at the given positions (sorted, deduplicated, inside the array). */
function chunked<T extends { slice(a: number, b?: number): T; length: number }>(whole: T, cuts: number[]): T[] {
  const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let prev = 0;
  for (const c of [...at, whole.length]) {
    out.push(whole.slice(prev, c));
    prev = c;
  }
  return out;
}

async function runWeb(chunks: Array<string | Uint8Array>, options = {}): Promise<string> {
  const stream = createRepairStream({ repairer, ...options });
  const writer = stream.writable.getWriter();
  const done = (async () => {
    let out = '';
    for await (const part of stream.readable as unknown as AsyncIterable<string>) out += part;
    return out;
  })();
  const written = (async () => {
    for (const c of chunks) await writer.write(c);
    await writer.close();
  })();
  // The readable side carries the stream's error; the writable side fails with the same one.
  const [out] = await Promise.all([done, written.catch(() => undefined)]);
  return out;
}

async function runNode(chunks: Array<string | Buffer>, options = {}): Promise<string> {
  const out: Buffer[] = [];
  const stream = Readable.from(chunks, { objectMode: false }).pipe(repairStream({ repairer, ...options }));
  for await (const part of stream) out.push(Buffer.from(part));
  return Buffer.concat(out).toString('utf8');
}

describe('segmentText: where a stream may cut', () => {
  test('with minWindow 0 every paragraph break cuts, and the blank lines stay with the paragraph before', () => {
    expect(segmentText('One two.\n\nThree.\r\n\r\n  Four.\nFive.\n\n', { minWindow: 0 })).toEqual([
      'One two.\n\n',
      'Three.\r\n\r\n  ',
      'Four.\nFive.\n\n',
    ]);
  });

  test('a text shorter than the window is one segment, so the stream equals repair()', () => {
    expect(segmentText(spun)).toEqual([spun]);
    expect(expected(spun)).toBe(repairer.repair(spun).text);
  });

  test('a paragraph break cuts only once the segment is minWindow long', () => {
    expect(segmentText('aa\n\nbb\n\ncc\n\ndd', { minWindow: 5 })).toEqual(['aa\n\nbb\n\n', 'cc\n\ndd']);
  });

  test('a long paragraph is cut after a line break, else after a space, else at maxWindow', () => {
    expect(segmentText('abc\ndef ghi jkl', { minWindow: 0, maxWindow: 8 })).toEqual(['abc\n', 'def ghi ', 'jkl']);
    expect(segmentText('abcdefghij', { minWindow: 0, maxWindow: 4 })).toEqual(['abcd', 'efgh', 'ij']);
  });

  test('a hard cut never splits a surrogate pair', () => {
    const segments = segmentText('ab😀cd😀', { minWindow: 0, maxWindow: 3 });
    expect(segments).toEqual(['ab', '😀c', 'd😀']);
  });

  test('windows are checked', () => {
    expect(() => segmentText('x', { minWindow: 10, maxWindow: 5 })).toThrow(/maxWindow/);
    expect(() => segmentText('x', { minWindow: -1 })).toThrow(/minWindow/);
  });

  // Text made mostly of the characters the rule looks at.
  const tricky = fc.string({
    unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '\t', '\u00a0', '\u2029', '😀', '\ud800', '\udc00', 'é'),
    maxLength: 300,
  });

  test('segments cover the input exactly and respect maxWindow', () => {
    fc.assert(
      fc.property(tricky, fc.nat(20), fc.integer({ min: 2, max: 40 }), (text, min, extra) => {
        const max = min + extra;
        const segments = segmentText(text, { minWindow: min, maxWindow: max });
        expect(segments.join('')).toBe(text);
        for (const s of segments) {
          expect(s.length).toBeGreaterThan(0);
          expect(s.length).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: runs * 5 },
    );
  });

  test('any chunking gives the same segments', () => {
    fc.assert(
      fc.property(tricky, fc.array(fc.nat(), { maxLength: 30 }), fc.nat(20), fc.integer({ min: 2, max: 40 }), (text, cuts, min, extra) => {
        const windows = { minWindow: min, maxWindow: min + extra };
        const segmenter = new Segmenter(windows);
        const got: string[] = [];
        for (const part of chunked(text, cuts)) got.push(...segmenter.push(part));
        got.push(...segmenter.end());
        expect(got).toEqual(segmentText(text, windows));
      }),
      { numRuns: runs * 5 },
    );
  });
});

describe('createRepairStream (web)', () => {
  // Spun paragraphs with multi-byte characters, so byte chunks split characters.
  const paragraphs = spun.split('\n\n').map((p, i) => (i % 2 ? `“${p}” — naïve café 😀` : p));
  const text = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 8 }).chain((ps) =>
    fc.array(fc.constantFrom('\n\n', '\r\n\r\n', '\n', ' '), { minLength: ps.length, maxLength: ps.length }).map((gaps) =>
      ps.map((p, i) => p + gaps[i]).join(''),
    ),
  );

  test('byte chunks cut anywhere, even inside a character, give the same output', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(0, 300, 5000), async (t, cuts, minWindow) => {
        const bytes = new TextEncoder().encode(t);
        const out = await runWeb(chunked(bytes, cuts), { minWindow });
        expect(out).toBe(expected(t, { minWindow }));
      }),
      { numRuns: runs },
    );
  });

  test('string chunks give the same output, and a text within one window comes out as repair() makes it', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 20 }), async (t, cuts) => {
        const out = await runWeb(chunked(t, cuts));
        expect(out).toBe(repairer.repair(t).text);
      }),
      { numRuns: runs },
    );
  });

  test('a large byte chunk (decoded in slices) gives the same output, passed on a segment at a time', async () => {
    // Over 100 KB in one chunk, with curly quotes and a four-byte character so that decoding slices
    // end inside characters somewhere.
    const page = `The \u201cmayor\u201d stated he wished to step apart \u{1F600}. ${spun}\n\n`;
    const t = page.repeat(Math.ceil((100 * 1024) / page.length));
    const stream = createRepairStream({ repairer });
    const writer = stream.writable.getWriter();
    const pieces: string[] = [];
    const read = (async () => {
      for await (const part of stream.readable as unknown as AsyncIterable<string>) pieces.push(part);
    })();
    await writer.write(new TextEncoder().encode(t));
    await writer.close();
    await read;
    expect(pieces.join('')).toBe(expected(t));
    expect(pieces.join('')).toBe(repairer.repair(t).text);
    expect(pieces.length).toBe(segmentText(t).length);
  });

  test('a text up to the limit is held and repaired whole, as repair() does', async () => {
    const page = `${spun}\n\n`;
    const t = page.repeat(Math.floor(WHOLE_TEXT_LIMIT / page.length));
    expect(t.length).toBeLessThanOrEqual(WHOLE_TEXT_LIMIT);
    const results: number[] = [];
    const out = await runWeb(chunked(t, [100, 5000, 20000]), { onResult: (_: unknown, offset: number) => results.push(offset) });
    expect(out).toBe(repairer.repair(t).text);
    expect(results).toEqual([0]);
  });

  test('it repairs', async () => {
    expect(await runWeb(['He got here up qu', 'ick and stated he wished to step apart.'])).toBe(
      'He came up short and said he wanted to step aside.',
    );
  });

  test('onResult reports each segment with its offset in the input', async () => {
    const input = `${spun}\n\n${spun}`;
    const fixes: Array<{ start: number; end: number; spun: string }> = [];
    await runWeb([input], {
      minWindow: 0,
      onResult: (r: { fixes: typeof fixes }, offset: number) => fixes.push(...r.fixes.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }))),
    });
    expect(fixes.length).toBeGreaterThan(4);
    for (const f of fixes) expect(input.slice(f.start, f.end)).toBe(f.spun);
  });

  test('a byte-order mark is kept, as repair() keeps it', async () => {
    const bytes = new TextEncoder().encode('\ufeffHe stated it.');
    expect(await runWeb([bytes.slice(0, 1), bytes.slice(1)])).toBe(repairer.repair('\ufeffHe stated it.').text);
  });

  test('invalid UTF-8 fails the stream with a clear error', async () => {
    await expect(runWeb([new Uint8Array([0x48, 0x69, 0xff, 0x21])])).rejects.toThrow(InvalidTextError);
    await expect(runWeb([new Uint8Array([0x48, 0xc3])])).rejects.toThrow(/not valid UTF-8/);
  });

  test('with fatal: false invalid bytes become U+FFFD', async () => {
    expect(await runWeb([new Uint8Array([0x48, 0xff])], { fatal: false })).toBe('H\ufffd');
    // A character cut short by a string chunk, then by the end of input.
    expect(await runWeb([new Uint8Array([0x48, 0xc3]), 'i', new Uint8Array([0xe2, 0x80])], { fatal: false })).toBe('H\ufffdi\ufffd');
  });

  test('a character cut short by a string chunk is invalid UTF-8', async () => {
    await expect(runWeb([new Uint8Array([0x48, 0xc3]), 'i'])).rejects.toThrow(InvalidTextError);
  });
});

describe('repairStream (Node)', () => {
  test('Buffer chunks split inside characters give the same output as the whole text', async () => {
    const t = `${spun}\n\nNaïve “café” 😀 — he stated.\n`;
    const bytes = Buffer.from(t, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (cuts) => {
        expect(await runNode(chunked(bytes, cuts))).toBe(repairer.repair(t).text);
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  test('invalid UTF-8 is an error event, not a crash', async () => {
    await expect(runNode([Buffer.from([0x61, 0xfe, 0x62])])).rejects.toThrow(/not valid UTF-8/);
  });
});

describe('repair() on a text longer than WHOLE_TEXT_LIMIT', () => {
  // A file of many pages: clean ones, and one spun page among them. As one document the clean pages
  // outweigh the spun one, and no fix may be likelier right than its text is spun; in segments, each
  // page is judged on its own.
  const clean = 'The council met on Tuesday and approved the budget after a long debate about school funding.\n\n';
  const spunPage = 'The mayor stated he had got here up quick final 12 months and wished to step apart with out a vote.\n\n';
  const pages = clean.repeat(Math.ceil((WHOLE_TEXT_LIMIT * 1.5) / clean.length));
  const text = pages.slice(0, pages.length / 2) + spunPage + pages.slice(pages.length / 2);

  test('repairs the spun page segment by segment, with offsets into the whole text', () => {
    expect(text.length).toBeGreaterThan(WHOLE_TEXT_LIMIT);
    const r = repairer.repair(text);
    expect(r.text).toContain('The mayor said he had come up short last year and wanted to step aside without a vote.');
    // Segments without the spun page come out unchanged (the one with it is read as spun throughout).
    for (const s of segmentText(text)) if (!s.includes(spunPage)) expect(repairer.repair(s).text).toBe(s);
    for (const f of r.fixes) expect(text.slice(f.start, f.end)).toBe(f.spun);
    expect(r.text).toBe(segmentText(text).map((s) => repairer.repair(s).text).join(''));
  });

  test("its spin score is the segments' average weighted by length, and detect() agrees", () => {
    const segments = segmentText(text);
    const average = segments.reduce((sum, s) => sum + repairer.repair(s).spinScore * s.length, 0) / text.length;
    expect(repairer.repair(text).spinScore).toBeCloseTo(average, 4);
    expect(repairer.detect(text)).toBe(repairer.repair(text).spinScore);
  });
});
