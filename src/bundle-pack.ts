/**
 * Pack the bundled dictionaries and the matcher compiled from them
 * (see src/bundle-data.ts, which ships the result, and src/bundled.ts, which unpacks it).
 */
import type { DictionaryFile, DictionaryInput, Entry } from './dictionary/schema';
import { trustDictionary } from './dictionary/load';
import { compileDictionaries } from './dictionary/compile';
import { packEntry } from './dictionary/pack-entry';
import { packMatcher, type PackedMatcher } from './dictionary/packed-matcher';

export interface PackedBundle {
  /** Each dictionary's name, its fields but its entries, and how many entries it has (its lines follow the previous one's). */
  dictionaries: Array<{ name: string; header: Omit<DictionaryInput, 'entries'>; entries: number }>;
  /** Every entry, one per line: the dictionaries' in order, then the gazetteer's. */
  entries: string;
  /** Number of gazetteer entries (the last lines). */
  gazetteer: number;
  /** The matcher compiled from the dictionaries as they are, with the gazetteer's entries. */
  matcher: PackedMatcher;
}

/**
 * The repairer never reads an entry's examples, keep sentences or note: they
 * are for the test suite and maintainers, and ship in dictionaries/.
 */
function withoutDocumentation(input: DictionaryInput): DictionaryFile {
  const dictionary = trustDictionary(input);
  for (const e of dictionary.entries) {
    e.examples = [];
    e.keep = [];
    delete e.note;
  }
  return dictionary;
}

export function packBundle(files: Record<string, DictionaryInput>, gazetteer: DictionaryInput): PackedBundle {
  const names = Object.keys(files);
  const dictionaries = Object.values(files).map(withoutDocumentation);
  const generated = withoutDocumentation(gazetteer).entries;
  const all: Entry[] = [...dictionaries.flatMap((d) => d.entries), ...generated];
  const indexOf = new Map(all.map((e, i) => [e, i]));
  return {
    dictionaries: dictionaries.map(({ entries, ...header }, i) => ({ name: names[i], header, entries: entries.length })),
    entries: all.map((e) => packEntry(e)).join('\n'),
    gazetteer: generated.length,
    matcher: packMatcher(compileDictionaries(dictionaries, { gazetteer: generated }), indexOf),
  };
}
