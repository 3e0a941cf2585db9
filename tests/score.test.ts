/** Scoring behaviour with the bundled dictionaries: document evidence drives ambiguous fixes. */
import { repair, detect, createRepairer } from '../src/index';

const SPUN_PARAGRAPH =
  'The council stated it had got here up quick final 12 months, with out a plan to construct houses. ' +
  'The mayor stated the federal government would introduce the coverage again subsequent 12 months.';
const CLEAN_PARAGRAPH =
  'The council said it had come up short last year, without a plan to build homes. ' +
  'The mayor said the government would bring the policy back next year, and officials stated that talks would continue.';

describe('scorer', () => {
  test('detect separates a spun paragraph from a clean one', () => {
    expect(detect(SPUN_PARAGRAPH)).toBeGreaterThan(0.9);
    expect(detect(CLEAN_PARAGRAPH)).toBeLessThan(0.1);
  });

  test('an ambiguous hit is fixed in a spun document and left alone in a clean one', () => {
    const spun = repair(SPUN_PARAGRAPH);
    expect(spun.fixes.find((f) => f.spun === 'stated')?.replacement).toBe('said');
    const clean = repair(CLEAN_PARAGRAPH);
    expect(clean.text).toBe(CLEAN_PARAGRAPH);
    expect(clean.fixes).toEqual([]);
  });

  test('a short clean sentence with one ambiguous form is left alone', () => {
    const text = 'The report stated that exports fell.';
    expect(repair(text).text).toBe(text);
  });

  // Ordinary modern pairs that a one-million-word corpus of 1961 prose never shows ("completely
  // different", "field office") were once rated near zero as spun forms and changed these clean sentences
  // (reviews: dictionaries/reviews/modern-news-review.tsv).
  test.each([
    'The two plans are completely different.',
    'Customers said they were completely satisfied with the service.',
    'I really feel that we can win this.',
    'The treatment proved highly effective in trials.',
    'The FBI field office in Boston opened an inquiry.',
    'The global financial system is under strain.',
    'He has high blood pressure, doctors said.',
    'Negotiators are meeting as we speak, officials said.',
    'He stayed up for hours waiting for results.',
    'The council gave the green light to the plan on Monday.',
  ])('an ordinary phrase is left alone: %s', (sentence) => {
    expect(repair(sentence).text).toBe(sentence);
  });

  // A form a spinner would itself replace ("passed away" -> "handed away") is almost never left standing
  // in spun text, so it reads as spun from "died" with a share near 1; in a clean text that once outweighed
  // a document spin of 0.006. A fix's confidence now never exceeds the chance that its text was spun.
  test('no fix is more confident than its text is spun', () => {
    const clean = 'She passed away peacefully at home on Sunday. The bank raised rates in order to curb inflation.';
    const r = repair(clean, { includeBelowThreshold: true });
    expect(r.text).toBe(clean);
    for (const f of [...r.fixes, ...repair(SPUN_PARAGRAPH, { includeBelowThreshold: true }).fixes]) {
      expect(f.confidence).toBeLessThanOrEqual(f.evidence.textSpun);
      expect(f.evidence.textSpun).toBeGreaterThanOrEqual(f.evidence.documentSpin - 1e-4);
    }
  });

  test('every fix carries evidence and a confidence in [0, 1]; applied fixes clear the threshold', () => {
    const r = repair(SPUN_PARAGRAPH, { includeBelowThreshold: true });
    expect(r.fixes.length).toBeGreaterThan(3);
    for (const f of r.fixes) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.applied).toBe(f.confidence >= 0.5);
      expect(f.evidence.documentSpin).toBeCloseTo(r.spinScore, 3);
      expect(SPUN_PARAGRAPH.slice(f.start, f.end)).toBe(f.spun);
    }
  });

  test('confidence rises with document evidence', () => {
    const r = createRepairer();
    const alone = r.repair('He stated it.', { includeBelowThreshold: true }).fixes[0];
    const inSpun = r.repair(SPUN_PARAGRAPH + ' He stated it.', { includeBelowThreshold: true }).fixes.at(-1)!;
    expect(inSpun.spun).toBe('stated');
    expect(inSpun.confidence).toBeGreaterThan(alone.confidence);
  });

  test('fixes are sorted, inside the input and do not overlap', () => {
    const r = repair(SPUN_PARAGRAPH.repeat(3), { includeBelowThreshold: true });
    let end = 0;
    for (const f of r.fixes) {
      expect(f.start).toBeGreaterThanOrEqual(end);
      end = f.end;
    }
  });
});
