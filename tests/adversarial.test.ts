/**
 * Hostile inputs and dictionaries: each must either work or be refused with
 * a clear message; none may hang or crash. Sizes are small by default so
 * that `npm test` stays bounded; UNSPIN_LONG_TESTS=1 runs the full sizes
 * (50 MB line, 100,000-entry dictionary, ...). Speed itself is measured by
 * `npm run bench`, not here.
 */
import fc from 'fast-check';
import { createRepairer, type Fix, type RepairResult } from '../src/repairer';
import { DictionaryError } from '../src/dictionary/load';
import { tokenize } from '../src/text/tokenize';
import { StreamRepairCore, InvalidTextError } from '../src/stream/core';
import { dict } from './helpers';

const LONG = Boolean(process.env.UNSPIN_LONG_TESTS);
const MB = 1024 * 1024;
const repairer = createRepairer();

/** The output is the input with the applied fixes spliced in, and nothing else (one expect: fixes can be many). */
function expectConsistent(input: string, result: RepairResult): void {
  let out = '';
  let at = 0;
  const problems: string[] = [];
  for (const f of result.fixes.filter((x: Fix) => x.applied)) {
    if (f.start < at) problems.push(`fix at ${f.start} overlaps the one before`);
    if (input.slice(f.start, f.end) !== f.spun) problems.push(`fix at ${f.start}: spun ${JSON.stringify(f.spun)} is not the input there`);
    out += input.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(out + input.slice(at) === result.text).toBe(true);
}

/** Run text through the stream engine in chunks of `chunk` code units; returns the output and the longest segment. */
function streamThrough(input: string, chunk: number, options = {}): { out: string; longest: number } {
  let longest = 0;
  const core = new StreamRepairCore({ repairer, ...options, onResult: (r) => (longest = Math.max(longest, r.text.length)) });
  let out = '';
  for (let i = 0; i < input.length; i += chunk) out += core.write(input.slice(i, i + chunk));
  return { out: out + core.end(), longest };
}

/** A long text built by repeating words, some of them spun forms. */
function words(size: number, separator: string): string {
  const vocabulary = ['the', 'mayor', 'stated', 'that', 'council', 'got', 'here', 'up', 'quick', 'with', 'out', 'a', 'uncommon', 'plan', '2,000', 'houses'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const w = vocabulary[(i * 7 + (i >> 3)) % vocabulary.length];
    parts.push(w);
    n += w.length + separator.length;
  }
  return parts.join(separator);
}

describe('hostile text', () => {
  test(`a ${LONG ? 50 : 2} MB single line streams in bounded segments`, () => {
    const line = words((LONG ? 50 : 2) * MB, ' ');
    const { out, longest } = streamThrough(line, 64 * 1024, { maxWindow: 256 * 1024 });
    expect(out.length).toBeGreaterThan(line.length * 0.9);
    expect(out).not.toContain('\n');
    expect(longest).toBeLessThanOrEqual(256 * 1024 + 1024); // a window, plus what replacements add
  });

  test(`a ${LONG ? 10 : 1} MB single line in one repair() call`, () => {
    const line = words((LONG ? 10 : 1) * MB, ' ');
    expectConsistent(line, repairer.repair(line, { includeBelowThreshold: true }));
  });

  test('1 MB of punctuation comes out unchanged', () => {
    const marks = '!?.,;:—…()[]{}"\'’“”«»-–/\\*&^%$#@~`|<>+=_';
    let text = '';
    for (let i = 0; text.length < MB; i++) text += marks[(i * 13) % marks.length];
    const result = repairer.repair(text);
    expect(result.text).toBe(text);
    expect(result.fixes).toEqual([]);
  });

  test('100,000 repetitions of a dictionary phrase are each found', () => {
    const n = 100_000;
    const text = 'got here up quick. '.repeat(n);
    const result = repairer.repair(text, { includeBelowThreshold: true });
    expect(result.fixes).toHaveLength(n);
    expectConsistent(text, result);
  });

  test('a text of NUL characters passes through unchanged (the CLI refuses such files; the library repairs strings)', () => {
    const text = '\u0000'.repeat(LONG ? 10 * MB : MB);
    expect(repairer.repair(text).text).toBe(text);
    expect(streamThrough(text, 4096).out).toBe(text);
  });

  test('invalid UTF-8 bytes are refused by the stream with a clear message', () => {
    const core = new StreamRepairCore({ repairer });
    expect(() => core.write(new Uint8Array([0x68, 0x69, 0xc0, 0xaf]))).toThrow(InvalidTextError);
    const truncated = new StreamRepairCore({ repairer });
    truncated.write(new Uint8Array([0x68, 0xe2, 0x80])); // a character cut short at the end
    expect(() => truncated.end()).toThrow(/not valid UTF-8/);
  });

  test('lone surrogates and other broken UTF-16 in a string do not break repair()', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\ud800', '\udc00', 'a', ' ', 'stated ', '\u0301', '\ufffe', '\uffff'), maxLength: 200 }), (t) => {
        expectConsistent(t, repairer.repair(t, { includeBelowThreshold: true }));
      }),
      { numRuns: 200 },
    );
  });

  test('a 1 MB token (one endless word, one endless number) is one token', () => {
    const word = 'a\u0301'.repeat(MB / 2);
    expect(tokenize(word)).toHaveLength(1);
    const number = '1,2'.repeat(MB / 3);
    expect(tokenize(number).length).toBeLessThan(3);
    expect(repairer.repair(word).text).toBe(word);
  });
});

describe('hostile dictionaries', () => {
  test(`a dictionary with ${LONG ? '100,000' : '20,000'} entries compiles and matches`, () => {
    const n = LONG ? 100_000 : 20_000;
    const entries = Array.from({ length: n }, (_, i) => ({
      id: `big/e${i}`,
      spun: [`zork${i} blat`],
      original: `orig${i}`,
      pos: 'noun' as const,
      prior: 0.9,
    }));
    const big = createRepairer({ bundled: false, dictionaries: [dict(entries, 'big')], minConfidence: 0 });
    expect(big.size).toBe(n);
    const text = `We saw zork7 blat and zork${n - 1} blat and zork${n} blat.`;
    expect(big.repair(text).text).toBe(`We saw orig7 and orig${n - 1} and zork${n} blat.`);
  });

  const hostile = ['(a+)+$', '\\', '[', '*', '.*', '^', '$', 'a{99999}', '(?<x>a)', '\\1', '|', '?', '+', '(', ')', '[^]', '.'];

  test('regular-expression-looking spun forms and context words are taken literally', () => {
    const entries = hostile.map((s, i) => ({
      id: `re/e${i}`,
      spun: [s],
      original: `lit${i}`,
      pos: 'phrase' as const,
      prior: 0.9,
      context: { notBefore: [hostile[(i + 1) % hostile.length]] },
    }));
    let r: ReturnType<typeof createRepairer>;
    try {
      r = createRepairer({ bundled: false, dictionaries: [dict(entries, 're')], minConfidence: 0 });
    } catch (err) {
      // Refusing is allowed, but only as a dictionary error that says what is wrong.
      expect(err).toBeInstanceOf(DictionaryError);
      expect(String((err as Error).message)).toMatch(/re\/e\d+|spun|context/);
      return;
    }
    // Nothing matches text that merely satisfies the "pattern".
    const plain = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! b c';
    expect(r.repair(plain).text).toBe(plain);
    // The literal text is matched where it stands (punctuation entries match their own character).
    const literal = 'x (a+)+$ y';
    const result = r.repair(literal, { includeBelowThreshold: true });
    expectConsistent(literal, result);
    expect(result.fixes.find((f) => f.start === 2)).toMatchObject({ spun: '(a+)+$', rule: 're/e0', replacement: 'lit0' });
    // And a long input of regex metacharacters runs through.
    const soup = hostile.join(' ').repeat(500);
    expectConsistent(soup, r.repair(soup, { includeBelowThreshold: true }));
  });

  test('malformed dictionaries are refused with a message naming the problem', () => {
    const bad: unknown[] = [
      '{"format": "unspin-dictionary", "version": 1, "entries": [',
      '[]',
      'null',
      dict([{ id: 'x/1', spun: [], original: 'y', pos: 'noun', prior: 0.5 }]),
      dict([{ id: 'x/1', spun: ['a\u0000b'], original: 'y', pos: 'noun', prior: 0.5 }]),
      dict([{ id: 'X Y', spun: ['a'], original: 'y', pos: 'noun', prior: 0.5 }]),
      dict([{ id: 'x/1', spun: ['a'], original: 'y', pos: 'noun', prior: 7 }]),
      dict([{ id: 'x/1', spun: ['a'.repeat(100_000)], original: 'y', pos: 'noun', prior: 0.5 }]),
    ];
    for (const d of bad) {
      expect(() => createRepairer({ bundled: false, dictionaries: [d as string] })).toThrow(DictionaryError);
    }
  });
});
