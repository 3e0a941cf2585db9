import { defaultFrequencies } from '../src/score/frequency';

describe('clean-text rates', () => {
  const f = defaultFrequencies();

  test('an unseen hyphenated compound is rated like an unseen phrase of its parts', () => {
    // "award-successful" is nobody's English: far rarer than the half count an unseen word gets.
    expect(f.perMillion('award-successful')).toBeLessThan(f.perMillion('zzzqx') / 10);
    // The original a maintainer wrote is established English: half a count at least.
    expect(f.perMillion('award-winning', true)).toBeGreaterThanOrEqual(f.perMillion('zzzqx'));
  });

  test('a compound that a prefix makes on the spot keeps the unseen-word rate', () => {
    expect(f.perMillion('non-permanent')).toBe(f.perMillion('zzzqx'));
  });

  test('a hyphenated word the corpora saw keeps its measured rate', () => {
    expect(f.perMillion('well-known')).toBeGreaterThan(f.perMillion('zzzqx'));
  });
});
