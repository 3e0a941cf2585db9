/**
 * Properties that must hold for any text whatever: arbitrary Unicode (astral
 * characters, lone surrogates, combining marks, right-to-left scripts,
 * zero-width characters, very long tokens) mixed with dictionary phrases so
 * that fixes actually happen. Runs are bounded (200 by default); set
 * UNSPIN_LONG_TESTS=1 for 2,000.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createRepairer } from '../src/repairer';
import { tokenize, type Token } from '../src/text/tokenize';
import { TokenList } from '../src/text/token-list';
import { Lexicon } from '../src/text/lexicon';
import type { Fix } from '../src/repairer';

const numRuns = process.env.UNSPIN_LONG_TESTS ? 2000 : 200;

/**
 * The tokenizer's grammar as the regular expression it was first written as;
 * the hand-written scanner in src/text/tokenize.ts must agree with it exactly.
 */
const L = String.raw`[\p{L}\p{M}]+`;
const LN = String.raw`[\p{L}\p{M}\p{N}]+`;
const WORD = String.raw`(?:\p{L}[\p{L}\p{M}]*(?:['\u2019]${L})*|\p{N}+(?=-\p{L}))(?:-${LN}(?:['\u2019]${L})*)*`;
const NUMBER = String.raw`\p{N}+(?:[.,:]\p{N}+)*\p{L}*`;
const REFERENCE = new RegExp(`(${WORD})|(${NUMBER})|(\\s+)|([^])`, 'gu');

function referenceTokenize(text: string): Token[] {
  const out: Token[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'space' : 'punct';
    const norm = kind === 'space' ? ' ' : m[0].replace(/\u2019/g, "'").toLowerCase();
    out.push({ kind, text: m[0], norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Pieces of text: the hard cases, plus spun phrases from the bundled dictionaries.
const spunPhrases = [
  'got here up quick', 'stated', 'wished to', 'step apart', 'with out', 'listening to', 'the metropolis',
  'p.c', '12 months', 'Wall Avenue', 'decided to', 'advised reporters', 'a uncommon', 'capable of develop',
  'had got here up quick', 'STATED', 'Stated', 'introduced again', 'greater than', 'following 5 years',
];
const hard = [
  '\u0301', '\u0308', 'e\u0301', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u2028', '\u2029',
  'مرحبا', 'שלום', '\u202e', '\u202b', '😀', '👍🏽', '𝐀𝐁', '\ud800', '\udfff', '\u0000', '’', "'", '-', '—', '\r\n',
  '\n\n', ' ', '.', ',', '1,000', '3.5', '70-year-old', 'Covid-19', '٣', 'Ⅻ', '½', 'İ', 'ß', 'ǅ',
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...spunPhrases) },
  { weight: 3, arbitrary: fc.constantFrom(...hard) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', ', ', '. ') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', '\u0301', "'", '-', '1'), minLength: 200, maxLength: 3000 }) },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

// Spun news: example sentences of the bundled dictionaries, so that the document reads as spun and fixes apply.
const dictionaryDir = join(__dirname, '..', 'dictionaries');
const spunSentences = readdirSync(dictionaryDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(dictionaryDir, f), 'utf8')).entries as Array<{ examples?: string[][] }>))
  .flatMap((e) => (e.examples ?? []).map(([spun]) => spun));
const spunText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...spunSentences) }, { weight: 1, arbitrary: piece }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(text, spunText);

const strict = createRepairer(); // default threshold
const eager = createRepairer({ minConfidence: 0 }); // applies every candidate: the most splicing

function checkFixes(input: string, output: string, fixes: Fix[]): void {
  let lastEnd = 0; // end of the previous fix: fixes are sorted and disjoint
  let copied = 0; // input copied up to here while splicing the applied fixes
  let spliced = '';
  for (const f of fixes) {
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(f.start, f.end)).toBe(f.spun);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    lastEnd = f.end;
    if (f.applied) {
      spliced += input.slice(copied, f.start) + f.replacement;
      copied = f.end;
    }
  }
  expect(spliced + input.slice(copied)).toBe(output);
}

describe('properties on arbitrary text', () => {
  test('the tokenizer agrees with its reference grammar and covers every character', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        expect(tokens).toEqual(referenceTokenize(t));
        expect(tokens.map((x) => x.text).join('')).toBe(t);
      }),
      { numRuns: numRuns * 2 },
    );
  });

  test("the pipeline's token list has the tokenizer's tokens, and one Word per distinct norm", () => {
    const lexicon = new Lexicon(); // shared across runs, as a repairer's is: words met before are found again
    fc.assert(
      fc.property(text, (t) => {
        const list = new TokenList(t, lexicon);
        const tokens = tokenize(t);
        expect(list.length).toBe(tokens.length);
        tokens.forEach((x, i) => {
          expect([list.kind(i), list.text(i), list.norm(i), list.start(i), list.end(i)]).toEqual([x.kind, x.text, x.norm, x.start, x.end]);
          expect(new TokenList(x.text, lexicon).words[0]).toBe(list.words[i]);
        });
      }),
      { numRuns: numRuns * 2 },
    );
  });

  test.each([
    ['default threshold', strict],
    ['minConfidence 0', eager],
  ])('with the %s: never throws; fixes lie in the input, sorted, disjoint, and splice into the output', (_, repairer) => {
    fc.assert(
      fc.property(anyText, (t) => {
        const all = repairer.repair(t, { includeBelowThreshold: true });
        checkFixes(t, all.text, all.fixes);
        const applied = repairer.repair(t);
        expect(applied.text).toBe(all.text);
        expect(applied.fixes).toEqual(all.fixes.filter((f) => f.applied));
        expect(applied.spinScore).toBeGreaterThanOrEqual(0);
        expect(applied.spinScore).toBeLessThanOrEqual(1);
      }),
      { numRuns },
    );
  });

  test('same input, same output (also from a fresh repairer: no state leaks between calls)', () => {
    const fresh = createRepairer();
    fc.assert(
      fc.property(anyText, anyText, (t, other) => {
        const first = strict.repair(t, { includeBelowThreshold: true });
        strict.repair(other);
        expect(strict.repair(t, { includeBelowThreshold: true })).toEqual(first);
        expect(fresh.repair(t, { includeBelowThreshold: true })).toEqual(first);
      }),
      { numRuns: Math.ceil(numRuns / 2) },
    );
  });

  // Idempotence: many bundled entries restore an original that is another entry's spun form,
  // so a repair can produce text a second pass would repair again. Such spun forms count as
  // established English in the scorer (src/score/variant-stats.ts), which settles this
  // counterexample, found by the property below and shrunk by hand:
  //   "within the aftermath of the earthquake." -> "in the aftermath of the earthquake."
  //   (which a second pass used to turn into "in the wake of the earthquake.").
  // The random property runs with UNSPIN_LONG_TESTS=1.
  test('a repair that produces another entry\'s spun form is not repaired again', () => {
    const once = strict.repair('within the aftermath of the earthquake.').text;
    expect(once).toBe('in the aftermath of the earthquake.');
    expect(strict.repair(once).text).toBe(once);
  });

  (process.env.UNSPIN_LONG_TESTS ? test : test.skip)('repairing twice changes nothing more than repairing once', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const once = strict.repair(t).text;
        expect(strict.repair(once).text).toBe(once);
      }),
      { numRuns },
    );
  });
});
