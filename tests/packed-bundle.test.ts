/**
 * The bundled dictionaries as the package ships them (src/bundle-pack.ts):
 * entries packed as lines, and the matcher compiled at build time and built
 * one first word at a time. Both must give exactly what the files and
 * compileDictionaries give, or repairs would change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDictionaries, bundledGazetteer, bundledMatcher } from '../src/bundled';
import bundleData from '../src/bundle-data';
import { compileDictionaries, type TrieNode } from '../src/dictionary/compile';
import { trustDictionary } from '../src/dictionary/load';
import { packEntry, unpackEntry } from '../src/dictionary/pack-entry';
import { packMatcher, unpackMatcher } from '../src/dictionary/packed-matcher';
import { surfaceFormsOf } from '../src/dictionary/surface-forms';
import type { Entry } from '../src/dictionary/schema';
import { dict } from './helpers';

const dir = join(__dirname, '..', 'dictionaries');
const undocumented = ({ note, ...e }: Entry): Entry => ({ ...e, examples: [], keep: [] });

/** A trie as plain data, children sorted, so that two tries compare whatever order their maps were filled in. */
function plain(node: TrieNode): unknown {
  const edges = (m?: Map<string, TrieNode>) => (m ? Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, plain(v)])) : undefined);
  return {
    next: edges(node.next),
    spaced: edges(node.spaced),
    variants: node.variants?.map((v) => ({ ...v, entry: v.entry.id })),
  };
}

describe('packed entries', () => {
  test('every bundled entry comes back as the file has it, less its examples, keep sentences and note', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    let n = 0;
    for (const f of files) {
      const packed = bundledDictionaries()[f.replace(/\.json$/, '')];
      const fromFile = trustDictionary(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      expect(packed.entries).toEqual(fromFile.entries.map(undocumented));
      n += packed.entries.length;
    }
    expect(n).toBeGreaterThan(10_000);
  });

  test('optional fields, context and surface forms survive packing', () => {
    const [entry] = trustDictionary(dict([
      { id: 't/state', spun: ['state', 'declare'], original: 'say', pos: 'verb', inflect: true, head: 0, forms: ['past'], prior: 0.8, tags: ['a', 'b'], context: { notBefore: ['the'], after: ["o'clock"] } },
    ])).entries;
    const back = unpackEntry(packEntry(entry));
    expect(back).toEqual(entry);
    expect(surfaceFormsOf(back)).toEqual(surfaceFormsOf(entry));
    const [plainEntry] = trustDictionary(dict([{ id: 't/x', spun: ['ex'], original: 'why', pos: 'noun', prior: 0.5 }])).entries;
    expect(unpackEntry(packEntry(plainEntry))).toEqual(plainEntry);
  });
});

describe('the packed matcher', () => {
  test('once every first word is built, is the trie compileDictionaries makes for the bundled set', () => {
    const eager = compileDictionaries(Object.values(bundledDictionaries()), { gazetteer: bundledGazetteer() });
    const lazy = bundledMatcher();
    expect(lazy.size).toBe(eager.size);
    expect([...lazy.originalPriors].sort()).toEqual([...eager.originalPriors].sort());
    expect([...lazy.entries.keys()]).toEqual([...eager.entries.keys()]);
    expect(lazy.root.next!.size).toBe(eager.root.next!.size);
    expect(plain(lazy.root)).toEqual(plain(eager.root));
  });

  test('builds a first word when it is asked for, and only that word', () => {
    const file = trustDictionary(dict([
      { id: 't/state', spun: ['state'], original: 'say', pos: 'verb', inflect: true, prior: 0.9 },
      { id: 't/got', spun: ['got here up quick'], original: 'came up short', pos: 'phrase', prior: 0.9 },
      { id: 't/low', spun: ['stated'], original: 'told', pos: 'verb', prior: 0.1 },
    ]));
    const entries = file.entries;
    const eager = compileDictionaries([file], { gazetteer: false });
    const packed = packMatcher(eager, new Map(entries.map((e, i) => [e, i])));
    const asked: number[] = [];
    const lazy = unpackMatcher(packed, (i) => (asked.push(i), entries[i]));
    expect(lazy.root.next!.get('nothing')).toBeUndefined();
    expect(asked).toEqual([]);
    const got = lazy.root.next!.get('got')!;
    expect(asked).toEqual([1]);
    expect(plain(got)).toEqual(plain(eager.root.next!.get('got')!));
    // The low-prior entry is not compiled, so "stated" restores to "said" alone.
    expect(lazy.root.next!.get('stated')!.variants!.map((v) => v.replacement)).toEqual(['said']);
    expect(lazy.root.next!.has('states')).toBe(true);
    expect([...lazy.root.next!.keys()].sort()).toEqual([...eager.root.next!.keys()].sort());
  });

  test('builds no first word for lookups of words that are none, however many; once all are built, is a plain Map', () => {
    const data = bundleData();
    const lines = data.entries.split('\n');
    const unpacked = new Map<number, Entry>();
    const entryOf = (i: number) => {
      if (!unpacked.has(i)) unpacked.set(i, unpackEntry(lines[i]));
      return unpacked.get(i)!;
    };
    const lazy = unpackMatcher(data.matcher, entryOf);
    const first = lazy.root.next!;
    for (let i = 0; i < 10_000; i++) first.get(`no-such-word-${i}`);
    expect(unpacked.size).toBe(0);
    expect(first.get('stated')).toBeDefined();
    expect(Object.getPrototypeOf(lazy.root.next)).not.toBe(Map.prototype);
    expect(lazy.root.next!.size).toBe(bundledMatcher().root.next!.size);
    expect(Object.getPrototypeOf(lazy.root.next)).toBe(Map.prototype);
    // The map the matcher held meanwhile still answers.
    expect(first.get('stated')).toBe(lazy.root.next!.get('stated'));
  });
});

