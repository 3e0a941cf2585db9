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

  test('an unseen dotted form is rated like an unseen phrase of its parts too', () => {
    // "U.Okay" (a spun "U.K") was rated as one unseen word, as common as the abbreviation it garbles.
    expect(f.perMillion('u.okay')).toBeLessThan(f.perMillion('zzzqx') / 5);
    expect(f.perMillion('u.k', true)).toBeGreaterThanOrEqual(f.perMillion('zzzqx'));
  });

  test('a hyphenated word the corpora saw keeps its measured rate', () => {
    expect(f.perMillion('well-known')).toBeGreaterThan(f.perMillion('zzzqx'));
  });
});

describe('unseen phrases', () => {
  const f = defaultFrequencies();
  test('are rated as chains of word pairs: natural English far above a spinner\'s garble', () => {
    expect(f.perMillion('at the same time as')).toBeGreaterThan(1000 * f.perMillion('got here up quick'));
    expect(f.perMillion('in a single day')).toBeGreaterThan(100 * f.perMillion('got here up quick'));
  });
  test('stay below half a count, since Brown never shows them', () => {
    expect(f.perMillion('at the same time as')).toBeLessThanOrEqual((0.5 / f.contextTokens) * 1e6 + 1e-12);
  });
});
