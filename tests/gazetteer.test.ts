import { createRepairer } from '../src/repairer';
import { gazetteerEntries, wordSwaps } from '../src/dictionary/gazetteer';
import { toDictionary } from '../src/dictionary/load';
import { dict } from './helpers';

const names = dict([
  { id: 'n/nsc', spun: ['Nationwide Safety Council'], original: 'National Security Council', pos: 'name', case: 'exact', prior: 0.9 },
  { id: 'n/nsa', spun: ['Nationwide Safety Company'], original: 'National Security Agency', pos: 'name', case: 'exact', prior: 0.9 },
  { id: 'n/dod', spun: ['Division of Protection'], original: 'Department of Defense', pos: 'name', case: 'exact', prior: 0.9 },
  { id: 'n/doj', spun: ['Division of Justice'], original: 'Department of Justice', pos: 'name', case: 'exact', prior: 0.9 },
  { id: 'n/pd', spun: ['Protection Ministry'], original: 'Defense Ministry', pos: 'name', case: 'exact', prior: 0.9 },
]);

describe('gazetteer', () => {
  const entries = toDictionary(names).entries;

  test('learns word swaps from name entries, with their support', () => {
    const swaps = wordSwaps(entries);
    expect(swaps.get('Division')).toEqual([{ original: 'Department', prior: 0.9, support: 2 }]);
    expect(swaps.get('Nationwide')?.[0]).toMatchObject({ original: 'National', support: 2 });
  });

  test('generates variants that no entry lists', () => {
    const spun = gazetteerEntries(entries).flatMap((e) => e.spun);
    // "Company" -> "Agency" is seen once only, so "Agency" stays; National and Security are habits.
    expect(spun).toContain('Nationwide Safety Agency');
    expect(spun).not.toContain('Nationwide Safety Council'); // already an entry
  });

  test('a name whose words were swapped one by one is repaired', () => {
    const r = createRepairer({ bundled: false, dictionaries: [names], minConfidence: 0, unseenSwaps: false });
    const res = r.repair('He briefed the Nationwide Safety Agency.');
    expect(res.text).toBe('He briefed the National Security Agency.');
    expect(res.fixes[0].rule).toMatch(/^gazetteer\//);
  });

  test('a variant that leaves a swappable word standing is not generated', () => {
    const spun = gazetteerEntries(entries).flatMap((e) => e.spun);
    // Spinners replace every match: "National" left standing next to a swapped
    // "Safety" gets prior 0.9 * (1 - 0.9) = 0.09, below the cut (and may be a real body).
    expect(spun).not.toContain('National Safety Council');
    expect(spun).not.toContain('Nationwide Security Council');
  });

  test('can be turned off with the gazetteer tag', () => {
    const r = createRepairer({ bundled: false, dictionaries: [names], minConfidence: 0, unseenSwaps: false, disableTags: ['gazetteer'] });
    expect(r.repair('He briefed the Nationwide Safety Agency.').text).toBe('He briefed the Nationwide Safety Agency.');
  });
});

describe('the bundled gazetteer (data/gazetteer.json)', () => {
  test('is what the gazetteer generates from the bundled dictionaries now (else: npm run build:data)', () => {
    const { bundledDictionaries, bundledGazetteer } = require('../src/bundled') as typeof import('../src/bundled');
    const { gazetteerEntries } = require('../src/dictionary/gazetteer') as typeof import('../src/dictionary/gazetteer');
    const { trustDictionary } = require('../src/dictionary/load') as typeof import('../src/dictionary/load');
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const generated = gazetteerEntries(Object.values(bundledDictionaries()).flatMap((d) => d.entries));
    expect(generated.length).toBeGreaterThan(50);
    const file = trustDictionary(JSON.parse(readFileSync(require.resolve('../data/gazetteer.json'), 'utf8'))).entries;
    expect(file).toEqual(generated);
    // The package carries them without their notes, like every bundled entry.
    expect(bundledGazetteer()).toEqual(generated.map(({ note, ...e }) => e));
  });

  test('a repairer with dictionaries of its own generates the name variants afresh', () => {
    const { createRepairer } = require('../src/repairer') as typeof import('../src/repairer');
    const mine = dict([{ id: 'mine/nwa', spun: ['Nationwide Gadget Agency'], original: 'National Widget Agency', pos: 'name', case: 'exact', prior: 0.9 }]);
    const text = 'The Nationwide Widget Company met on Tuesday.';
    const fix = createRepairer({ dictionaries: [mine] }).repair(text, { minConfidence: 0, includeBelowThreshold: true }).fixes.find((f) => f.spun === 'Nationwide Widget Company');
    expect(fix?.replacement).toBe('National Widget Agency');
    expect(fix?.rule).toMatch(/^gazetteer\//);
    expect(createRepairer().repair(text, { minConfidence: 0 }).text).not.toContain('National Widget Agency');
  });
});
