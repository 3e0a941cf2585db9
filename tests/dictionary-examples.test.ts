/**
 * Every bundled entry's examples round-trip, like textlint-rule-prh's specs:
 * the entry alone, applied to the spun sentence, gives the repaired sentence;
 * and its `keep` sentences get no fix whose conditions hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleProblems } from '../src/cli/dict/validate';
import { parseDictionary } from '../src/dictionary/load';
import { bundledDictionaries } from '../src/bundled';
import type { Entry } from '../src/dictionary/schema';

const dir = join(__dirname, '..', 'dictionaries');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('every dictionary file is bundled', () => {
  expect(Object.keys(bundledDictionaries()).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
});

test('entry ids are unique across the bundled dictionaries', () => {
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  for (const f of files) {
    for (const e of parseDictionary(readFileSync(join(dir, f), 'utf8'), f).entries) {
      if (seen.has(e.id)) dupes.push(`${e.id} (${seen.get(e.id)} and ${f})`);
      seen.set(e.id, f);
    }
  }
  expect(dupes).toEqual([]);
});

for (const f of files) {
  describe(f, () => {
    const file = parseDictionary(readFileSync(join(dir, f), 'utf8'), f);
    const entries: Entry[] = file.entries;

    test('has entries, each with an example', () => {
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.filter((e) => e.examples.length === 0).map((e) => e.id)).toEqual([]);
    });

    test('examples round-trip and keep sentences stay unchanged', () => {
      // The same check as `unspin dict validate` (src/cli/dict/validate.ts).
      const failures = entries.flatMap((entry) => exampleProblems(entry, file).map((p) => `${entry.id}: ${p.message}`));
      expect(failures).toEqual([]);
    });
  });
}
