import { PackedTable } from '../src/packed-table';
import { PackedPairs } from '../src/packed-pairs';
import frequencies from '../data/frequencies.json';
import synonyms from '../data/wordnet-synonyms.json';

describe('PackedTable', () => {
  const text = ['said\t10\t20', 'sa\t1\t2', 's\t3\t4', 'state\t5\t6', 'über\t7\t8', '\u{1F600}x\t9\t9', 'constructor\t11\t12', 'bare', ''].join('\n');
  const counts = (t: PackedTable, key: string) => {
    const at = t.find(key);
    return at < 0 ? undefined : [t.integerAt(at, 0), t.integerAt(at, 1)];
  };

  test('finds every key and nothing else', () => {
    const t = new PackedTable(text);
    expect(counts(t, 'said')).toEqual([10, 20]);
    expect(counts(t, 'sa')).toEqual([1, 2]);
    expect(counts(t, 's')).toEqual([3, 4]);
    expect(counts(t, 'state')).toEqual([5, 6]);
    expect(counts(t, 'über')).toEqual([7, 8]);
    expect(counts(t, '\u{1F600}x')).toEqual([9, 9]);
    expect(counts(t, 'constructor')).toEqual([11, 12]);
    expect(t.has('bare')).toBe(true);
    for (const missing of ['', 'sai', 'saidx', 'toString', '__proto__', 'ü', '\u{1F600}', 'bar', 'bares', '10']) expect(t.has(missing)).toBe(false);
  });

  test('gives a line its fields', () => {
    const t = new PackedTable('abide\tstay\tstand\nabode\tresidence');
    expect(t.fieldsAt(t.find('abide'))).toEqual(['stay', 'stand']);
    expect(t.fieldsAt(t.find('abode'))).toEqual(['residence']);
  });

  test('an empty table finds nothing', () => {
    expect(new PackedTable('').has('a')).toBe(false);
  });

  test('every key of the shipped tables is found, at its own line', () => {
    for (const table of [frequencies.words, frequencies.phrases, synonyms.synonyms, synonyms.replaceable]) {
      const t = new PackedTable(table);
      const misplaced: string[] = [];
      let at = 0;
      for (const line of table.split('\n')) {
        const key = line.split('\t')[0];
        if (t.find(key) !== at + key.length + 1) misplaced.push(key);
        at += line.length + 1;
      }
      expect(misplaced).toEqual([]);
    }
  });
});

describe('PackedPairs', () => {
  const many = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}\t${i + 1}`).join('\t');
  const pairs = () => new PackedPairs({ the: many, a: 'lot\t3\tman\t12', constructor: 'x\t2' });

  test('finds the count of every pair, in short and long lists, and 0 for the rest', () => {
    const p = pairs();
    expect(p.count('a', 'lot')).toBe(3);
    expect(p.count('a', 'man')).toBe(12);
    for (const missing of ['lo', 'lots', 'm', 'zz', '', '3']) expect(p.count('a', missing)).toBe(0);
    for (let i = 0; i < 40; i++) expect(p.count('the', `w${String(i).padStart(2, '0')}`)).toBe(i + 1);
    for (const missing of ['w', 'w0', 'w000', 'w40', 'a', 'zz', '1']) expect(p.count('the', missing)).toBe(0);
    expect(p.count('constructor', 'x')).toBe(2);
    expect(p.count('toString', 'x')).toBe(0);
    expect(p.count('nothing', 'lot')).toBe(0);
  });

  test("the shipped pairs are in code-unit order within each first word, as the binary search needs", () => {
    const unordered: string[] = [];
    for (const [first, text] of Object.entries(frequencies.pairs as Record<string, string>)) {
      const seconds = text.split('\t').filter((_, i) => i % 2 === 0);
      for (let i = 1; i < seconds.length; i++) if (!(seconds[i - 1] < seconds[i])) unordered.push(`${first} ${seconds[i]}`);
    }
    expect(unordered).toEqual([]);
  });
});
