import { PackedTable } from '../src/packed-table';
import { PackedPairs } from '../src/packed-pairs';
import { toOneByte } from '../src/one-byte';
import frequencies from '../data/frequencies.json';
import synonyms from '../data/wordnet-synonyms.json';

describe('PackedTable', () => {
  const text = toOneByte(['said\t10\t20', 'sa\t1\t2', 's\t3\t4', 'state\t5\t6', 'über\t7\t8', '\u{1F600}x\t9\t9', 'constructor\t11\t12', 'bare', ''].join('\n'));
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

  test('finds keys and gives fields with characters above U+00FF, which the text escapes', () => {
    const t = new PackedTable(toOneByte('1 – 0\t5\ncafé\tkaffe\ncoffee\t€3'));
    expect(t.integerAt(t.find('1 – 0'), 0)).toBe(5);
    expect(t.fieldsAt(t.find('coffee'))).toEqual(['€3']);
    expect(t.fieldsAt(t.find('café'))).toEqual(['kaffe']);
    expect(new PackedPairs(toOneByte('–\t–\t4\tx\t2')).count('–', '–')).toBe(4);
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
  const pairs = () => new PackedPairs([`the\t${many}`, 'a\tlot\t3\tman\t12', 'constructor\tx\t2'].join('\n'));

  test('finds the count of every pair, in short and long lines, and 0 for the rest', () => {
    const p = pairs();
    expect(p.count('a', 'lot')).toBe(3);
    expect(p.count('a', 'man')).toBe(12);
    for (const missing of ['lo', 'lots', 'm', 'zz', '', '3', 'constructor', 'x']) expect(p.count('a', missing)).toBe(0);
    for (let i = 0; i < 40; i++) expect(p.count('the', `w${String(i).padStart(2, '0')}`)).toBe(i + 1);
    for (const missing of ['w', 'w0', 'w000', 'w40', 'a', 'zz', '1', 'lot']) expect(p.count('the', missing)).toBe(0);
    expect(p.count('constructor', 'x')).toBe(2);
    expect(p.count('toString', 'x')).toBe(0);
    expect(p.count('nothing', 'lot')).toBe(0);
  });

  test("finds every shipped pair; each line's seconds are in code-unit order, as the binary search needs", () => {
    const p = new PackedPairs(frequencies.pairs);
    const wrong: string[] = [];
    for (const line of frequencies.pairs.split('\n')) {
      const [first, ...rest] = line.split('\t');
      for (let i = 0; i < rest.length; i += 2) {
        if (i > 0 && !(rest[i - 2] < rest[i])) wrong.push(`${first} ${rest[i]}: out of order`);
        if (p.count(first, rest[i]) !== Number(rest[i + 1])) wrong.push(`${first} ${rest[i]}: not found`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
