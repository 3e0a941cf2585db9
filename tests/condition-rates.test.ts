import { conditionKey, contextSignature, heldShare, pooledShare } from '../src/score/condition-rates';
import { CorpusFrequencies, defaultFrequencies, type FrequencyData } from '../src/score/frequency';
import { createRepairer } from '../src/repairer';
import { dict } from './helpers';

const within = { after: ['days', 'weeks'] };

describe('rates where an entry\'s conditions hold', () => {
  const data = (conditions: string): FrequencyData => ({ brownTokens: 1e6, subtlexTokens: 1e6, words: '', phrases: '', pairs: '', lexicalized: [], conditions });
  const line = (key: string, signature: string, held: number, all: number) => `${key}\t${signature}\t${held}\t${all}`;

  test("the share that held, smoothed towards the entry's pooled share with the weight of one occurrence", () => {
    const pooled = pooledShare(44, 507);
    expect(pooled).toBeCloseTo(45 / 509, 10);
    expect(heldShare(0, 169, pooled)).toBeCloseTo(pooled / 170, 10);
    expect(heldShare(44, 338, pooled)).toBeCloseTo((44 + pooled) / 339, 10);
    // A form never seen stands in the entry's company as often as its forms do on the whole.
    expect(heldShare(0, 0, pooled)).toBe(pooled);
  });

  test('a signature tells conditions apart and is stable', () => {
    expect(contextSignature(within)).toBe(contextSignature({ after: ['days', 'weeks'] }));
    expect(contextSignature(within)).not.toBe(contextSignature({ after: ['days'] }));
    expect(contextSignature(undefined)).not.toBe(contextSignature(within));
  });

  test('counts apply only to the conditions they were measured with', () => {
    const key = conditionKey('spun', 'x/within-inside', 'inside');
    const pooled = conditionKey('pooled', 'x/within-inside', '');
    const f = new CorpusFrequencies(data([line(key, contextSignature(within), 3, 99), line(pooled, contextSignature(within), 8, 198)].join('\n')));
    expect(f.conditionShare('spun', 'x/within-inside', 'inside', contextSignature(within))).toBeCloseTo((3 + 9 / 200) / 100, 10);
    expect(f.conditionShare('spun', 'x/within-inside', 'inside', contextSignature({ after: ['days'] }))).toBe(1);
    expect(f.conditionShare('original', 'x/within-inside', 'within', contextSignature(within))).toBe(1);
  });

  test("calibration can leave a file's own counts out", () => {
    const key = conditionKey('original', 'x/within-inside', 'within');
    const pooled = conditionKey('pooled', 'x/within-inside', '');
    const f = new CorpusFrequencies(
      data([line(key, 'sig', 10, 50), line(pooled, 'sig', 10, 50)].join('\n')),
      new Map([[`held ${key}`, 4], [`all ${key}`, 9], [`held ${pooled}`, 4], [`all ${pooled}`, 9]]),
    );
    // 6 of 41 held without the file; the pooled share likewise (6 + 1) / (41 + 2).
    expect(f.conditionShare('original', 'x/within-inside', 'within', 'sig')).toBeCloseTo((6 + 7 / 43) / 42, 10);
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
