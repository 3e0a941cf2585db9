import { conditionKey, contextSignature, heldShare } from '../src/score/condition-rates';
import { CorpusFrequencies, defaultFrequencies, type FrequencyData } from '../src/score/frequency';
import { createRepairer } from '../src/repairer';
import { dict } from './helpers';

const within = { after: ['days', 'weeks'] };

describe('rates where an entry\'s conditions hold', () => {
  const data = (conditions: string): FrequencyData => ({ brownTokens: 1e6, subtlexTokens: 1e6, words: '', phrases: '', pairs: '', lexicalized: [], conditions });
  const line = (key: string, signature: string, held: number, all: number) => `${key}\t${signature}\t${held}\t${all}`;

  test('the share that held, smoothed by one occurrence that holds', () => {
    expect(heldShare(0, 169)).toBeCloseTo(1 / 170, 10);
    expect(heldShare(44, 338)).toBeCloseTo(45 / 339, 10);
    // A form never seen keeps its whole rate.
    expect(heldShare(0, 0)).toBe(1);
  });

  test('a signature tells conditions apart and is stable', () => {
    expect(contextSignature(within)).toBe(contextSignature({ after: ['days', 'weeks'] }));
    expect(contextSignature(within)).not.toBe(contextSignature({ after: ['days'] }));
    expect(contextSignature(undefined)).not.toBe(contextSignature(within));
  });

  test('counts apply only to the conditions they were measured with', () => {
    const key = conditionKey('spun', 'x/within-inside', 'inside');
    const f = new CorpusFrequencies(data(line(key, contextSignature(within), 3, 99)));
    expect(f.conditionShare('spun', 'x/within-inside', 'inside', contextSignature(within))).toBeCloseTo(4 / 100, 10);
    expect(f.conditionShare('spun', 'x/within-inside', 'inside', contextSignature({ after: ['days'] }))).toBe(1);
    expect(f.conditionShare('original', 'x/within-inside', 'within', contextSignature(within))).toBe(1);
  });

  test("calibration can leave a file's own counts out", () => {
    const key = conditionKey('original', 'x/within-inside', 'within');
    const f = new CorpusFrequencies(data(line(key, 'sig', 10, 50)), new Map([[`held ${key}`, 4], [`all ${key}`, 9]]));
    expect(f.conditionShare('original', 'x/within-inside', 'within', 'sig')).toBeCloseTo(7 / 42, 10);
  });
});

describe('the bundled entries are rated where their conditions hold', () => {
  const repairer = createRepairer();
  const evidenceOf = (text: string, spun: string) => {
    const fix = repairer.repair(text, { minConfidence: 0, includeBelowThreshold: true }).fixes.find((f) => f.spun === spun);
    if (!fix) throw new Error(`no fix for "${spun}" in: ${text}`);
    return fix.evidence;
  };
  const bare = defaultFrequencies();

  test('"inside days" is far rarer in clean text than "inside" alone, "within days" less so', () => {
    const e = evidenceOf('The regime crumbled inside days as the troops left.', 'inside');
    expect(e.spunPerMillion).toBeLessThan(bare.perMillion('inside') / 20);
    expect(e.originalPerMillion).toBeLessThan(bare.perMillion('within', true));
    expect(e.spunPerMillion / e.originalPerMillion).toBeLessThan(bare.perMillion('inside') / bare.perMillion('within', true) / 5);
  });

  test('a candidate whose neighbours are missing is rated on the bare word rates', () => {
    const e = evidenceOf('The regime crumbled inside the palace as the troops left.', 'inside');
    expect(e.missingNeighbours).toBe(1);
    expect(e.spunPerMillion).toBeCloseTo(bare.perMillion('inside'), 3);
  });

  test("a user's entry with the bundled id but other conditions is rated on the bare word rates", () => {
    const own = createRepairer({
      dictionaries: [dict([{ id: 'function-words/within-inside', spun: ['inside'], original: 'within', pos: 'prep', prior: 0.85, context: { after: ['days'] } }])],
    });
    const fix = own.repair('The regime crumbled inside days.', { minConfidence: 0, includeBelowThreshold: true }).fixes.find((f) => f.spun === 'inside');
    expect(fix?.rule).toBe('function-words/within-inside');
    expect(fix?.evidence.spunPerMillion).toBeCloseTo(bare.perMillion('inside'), 3);
  });
});
