import { bundledDictionaries } from '../src/bundled';
import { trustDictionary } from '../src/dictionary/load';
import { attachSurfaceForms, packSurfaceForms, surfaceFormsOf } from '../src/dictionary/surface-forms';

describe('surface forms packed at build time', () => {
  // The build packs every bundled entry's forms (tsup.config.ts) and the package unpacks them
  // (src/bundled.ts): both must give what expanding the entry gives.
  test('unpacking what was packed gives the expanded forms, for every bundled entry', () => {
    let forms = 0;
    for (const dictionary of Object.values(bundledDictionaries())) {
      const copy = trustDictionary(JSON.parse(JSON.stringify(dictionary)));
      copy.entries.forEach((entry, i) => {
        attachSurfaceForms(entry, packSurfaceForms(dictionary.entries[i]));
        const unpacked = surfaceFormsOf(entry);
        expect(unpacked).toEqual(surfaceFormsOf(dictionary.entries[i]));
        forms += unpacked.length;
      });
    }
    expect(forms).toBeGreaterThan(10_000);
  });

  test('forms carry inflections, participles and spaced trie labels', () => {
    const entry = trustDictionary({
      format: 'unspin-dictionary', version: 1, name: 't', source: 'test', license: 'MIT',
      entries: [{ id: 't/come-up-short', spun: ['get here up quick'], original: 'come up short', pos: 'verb', inflect: true, prior: 0.9 }],
    }).entries[0];
    const expanded = surfaceFormsOf(entry);
    const past = expanded.find((f) => f.form === 'past');
    expect(past).toMatchObject({ surface: 'got here up quick', replacement: 'came up short', participle: 'come up short' });
    expect(past!.labels).toEqual(['got', ' here', ' up', ' quick']);
    attachSurfaceForms(entry, packSurfaceForms(entry));
    expect(surfaceFormsOf(entry)).toEqual(expanded);
  });
});
