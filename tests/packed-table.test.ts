import { PackedTable } from '../src/packed-table';

describe('PackedTable', () => {
  const text = ['said\t10\t20', 'sa\t1\t2', 's\t3\t4', 'state\t5\t6', 'über\t7\t8', '\u{1F600}x\t9\t9', 'constructor\t11\t12', ''].join('\n');
  const table = () => new PackedTable(text, (f) => [Number(f[1]), Number(f[2])]);

  test('finds every key, whatever bucket it falls in, and nothing else', () => {
    const t = table();
    expect(t.get('said')).toEqual([10, 20]);
    expect(t.get('sa')).toEqual([1, 2]);
    expect(t.get('s')).toEqual([3, 4]);
    expect(t.get('state')).toEqual([5, 6]);
    expect(t.get('über')).toEqual([7, 8]);
    expect(t.get('\u{1F600}x')).toEqual([9, 9]);
    expect(t.get('constructor')).toEqual([11, 12]);
    for (const missing of ['', 'sai', 'saidx', 'toString', '__proto__', 'ü', '\u{1F600}']) expect(t.get(missing)).toBeUndefined();
    expect(t.has('state')).toBe(true);
    expect(t.has('stat')).toBe(false);
  });

  test('a lookup that misses first does not hide keys of its bucket from later lookups', () => {
    const t = table();
    expect(t.get('sx')).toBeUndefined();
    expect(t.get('sab')).toBeUndefined();
    expect(t.get('said')).toEqual([10, 20]);
    expect(t.get('sa')).toEqual([1, 2]);
  });

  test('after many misses (a large input) the rest is unpacked at once, and lookups still agree', () => {
    const t = table();
    for (let i = 0; i < 6000; i++) expect(t.get(`missing${i}`)).toBeUndefined();
    expect(t.get('state')).toEqual([5, 6]);
    expect(t.get('über')).toEqual([7, 8]);
    expect(t.get('constructor')).toEqual([11, 12]);
    expect(t.get('stat')).toBeUndefined();
  });

  test('an empty table finds nothing', () => {
    expect(new PackedTable('', () => 1).get('a')).toBeUndefined();
  });
});
