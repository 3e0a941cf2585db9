import { siblingShares, swapKey } from '../src/score/siblings';
import { createRepairer } from '../src/repairer';
import type { Variant } from '../src/dictionary/compile';
import { dict } from './helpers';

const variant = (spunKey: string, originalKey: string) => ({ spunKey, originalKey }) as Variant;

describe('the same swap elsewhere in the text', () => {
  test('a phrase that differs from its original in one word stands for that word swap', () => {
    expect(swapKey(variant('particular', 'special'))).toBe('particular>special');
    expect(swapKey(variant('particular envoy', 'special envoy'))).toBe('particular>special');
    expect(swapKey(variant('got here up quick', 'came up short'))).toBe('got here up quick>came up short');
    expect(swapKey(variant('with out', 'without'))).toBe('with out>without');
  });

  test("each occurrence gets the best share among the others of its swap, not its own", () => {
    const a = variant('a', 'x');
    const b = variant('b', 'y');
    const occ = (v: Variant, spinnerShare: number) => ({ best: v, stats: { spinnerShare } });
    expect([...siblingShares([occ(a, 0.3), occ(b, 0.9), occ(a, 0.99), occ(a, 0.5)])]).toEqual([0.99, 0, 0.5, 0.99]);
    expect([...siblingShares([occ(a, 0.5), occ(a, 0.7), occ(a, 0.6)])]).toEqual([0.7, 0.6, 0.7]);
    expect([...siblingShares([occ(a, 0.8)])]).toEqual([0]);
  });

  test('a surely spun occurrence raises the confidence of an ordinary-looking one', () => {
    const d = dict([
      { id: 't/special', spun: ['particular'], original: 'special', pos: 'adj', prior: 0.8 },
      { id: 't/special-envoy', spun: ['particular envoy'], original: 'special envoy', pos: 'name', prior: 0.95 },
    ]);
    const r = createRepairer({ bundled: false, dictionaries: [d], parameters: { siblingWeight: 0.1 } });
    const alone = r.repair('The talks needed particular care.', { includeBelowThreshold: true }).fixes[0];
    const withSibling = r.repair('The particular envoy said the talks needed particular care.', { includeBelowThreshold: true }).fixes;
    const ordinary = withSibling.find((f) => f.spun === 'particular');
    expect(alone.evidence.siblingShare).toBe(0);
    expect(ordinary?.evidence.siblingShare).toBeGreaterThan(0.9);
    const without = createRepairer({ bundled: false, dictionaries: [d], parameters: { siblingWeight: 0 } });
    const same = without.repair('The particular envoy said the talks needed particular care.', { includeBelowThreshold: true }).fixes.find((f) => f.spun === 'particular');
    expect(ordinary!.confidence).toBeGreaterThan(same!.confidence);
  });
});
