/**
 * Every bundled entry's examples round-trip, like textlint-rule-prh's specs:
 * the entry alone, applied to the spun sentence, gives the repaired sentence;
 * and its `keep` sentences get no fix whose conditions hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepairer } from '../src/repairer';
import { parseDictionary } from '../src/dictionary/load';
import { bundledDictionaries } from '../src/bundled';
import type { Entry } from '../src/dictionary/schema';
import { dict } from './helpers';

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
    const entries: Entry[] = parseDictionary(readFileSync(join(dir, f), 'utf8'), f).entries;

    test('has entries, each with an example', () => {
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.filter((e) => e.examples.length === 0).map((e) => e.id)).toEqual([]);
    });

    test('examples round-trip and keep sentences stay unchanged', () => {
      const failures: string[] = [];
      for (const entry of entries) {
        const r = createRepairer({ bundled: false, dictionaries: [dict([entry], 'one')], minConfidence: 0, unseenSwaps: false, minPrior: 0 });
        for (const [spun, expected] of entry.examples) {
          const got = r.repair(spun).text;
          if (got !== expected) failures.push(`${entry.id}: "${spun}" -> "${got}", expected "${expected}"`);
        }
        // A keep sentence gets no fix whose conditions hold. Where only a content-word neighbour the
        // entry asks for is missing, the fix may still be proposed, flagged, for the scorer to weigh.
        for (const sentence of entry.keep) {
          const held = r.repair(sentence).fixes.filter((f) => f.evidence.missingNeighbours === 0);
          if (held.length > 0) failures.push(`${entry.id}: keep "${sentence}" changed to "${r.repair(sentence).text}"`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
