/**
 * The dictionaries that ship with unspin, unpacked from what the build packed
 * (src/bundle-data.ts): each entry when it is first needed, and the matcher
 * compiled from them one first word at a time (src/dictionary/packed-matcher.ts).
 */
import type { DictionaryFile, Entry } from './dictionary/schema';
import type { CompiledDictionary } from './dictionary/compile';
import { unpackEntry } from './dictionary/pack-entry';
import { unpackMatcher } from './dictionary/packed-matcher';
import { lazy } from './data';
import bundleData from './bundle-data';

/** Where each entry's line starts in the packed text. */
const lineStarts = lazy(() => {
  const text = bundleData().entries;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
});

const unpacked: Entry[] = [];

/** The bundled entry at this index (see PackedBundle.entries), unpacked once. */
function entryAt(index: number): Entry {
  let e = unpacked[index];
  if (e === undefined) {
    const { entries: text } = bundleData();
    const start = lineStarts()[index];
    const end = text.indexOf('\n', start);
    e = unpacked[index] = unpackEntry(text.slice(start, end < 0 ? text.length : end));
  }
  return e;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => entryAt(from + i));

/** The bundled dictionaries by name (examples, keep sentences and notes left out), unpacked on first use. */
export const bundledDictionaries = lazy(() => {
  const out: Record<string, DictionaryFile> = {};
  let at = 0;
  for (const { name, header, entries } of bundleData().dictionaries) {
    out[name] = { ...header, entries: range(at, entries) } as DictionaryFile;
    at += entries;
  }
  return out;
});

/**
 * The gazetteer's entries for the bundled dictionaries as they are, generated
 * by `npm run build:data` (data/gazetteer.json; a test checks it is current).
 */
export const bundledGazetteer = lazy(() => {
  const { dictionaries, gazetteer } = bundleData();
  return range(dictionaries.reduce((n, d) => n + d.entries, 0), gazetteer);
});

/**
 * The bundled dictionaries as they are, with their gazetteer entries,
 * compiled at build time: what compileDictionaries would give for them with
 * the default options, its trie built as the text needs it.
 */
export const bundledMatcher = lazy((): CompiledDictionary => unpackMatcher(bundleData().matcher, entryAt));
