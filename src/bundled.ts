/**
 * The dictionaries that ship with unspin. Each file is JSON data in
 * dictionaries/ (format: dictionaries/FORMAT.md); tests check this list
 * matches the folder and validate every file. They are compiled in as JSON
 * text and parsed on first use (src/data.ts).
 */
import type { DictionaryFile, DictionaryInput } from './dictionary/schema';
import { trustDictionary } from './dictionary/load';
import { fromJson, lazy } from './data';
import { attachSurfaceForms, type PackedForms } from './dictionary/surface-forms';
import verbs from '../dictionaries/verbs.json';
import verbsExtended from '../dictionaries/verbs-extended.json';
import verbsFurther from '../dictionaries/verbs-further.json';
import functionWords from '../dictionaries/function-words.json';
import idioms from '../dictionaries/idioms.json';
import names from '../dictionaries/names.json';
import nouns from '../dictionaries/nouns.json';
import nounsExtended from '../dictionaries/nouns-extended.json';
import modifiers from '../dictionaries/modifiers.json';
import modifiersExtended from '../dictionaries/modifiers-extended.json';
import newsCore from '../dictionaries/news-core.json';
import vocabularyNouns1 from '../dictionaries/vocabulary-nouns-1.json';
import vocabularyNouns2 from '../dictionaries/vocabulary-nouns-2.json';
import vocabularyVerbs from '../dictionaries/vocabulary-verbs.json';
import vocabularyModifiers from '../dictionaries/vocabulary-modifiers.json';
import domainBusinessTech from '../dictionaries/domain-business-tech.json';
import domainCrimeLaw from '../dictionaries/domain-crime-law.json';
import domainCulture from '../dictionaries/domain-culture.json';
import domainHealthScience from '../dictionaries/domain-health-science.json';
import domainPoliticsWorld from '../dictionaries/domain-politics-world.json';
import domainSports from '../dictionaries/domain-sports.json';
import domainSociety from '../dictionaries/domain-society.json';
import domainTravelWeather from '../dictionaries/domain-travel-weather.json';
import newswirePhrasing from '../dictionaries/newswire-phrasing.json';
import domainMilitarySecurity from '../dictionaries/domain-military-security.json';
import domainEnergyEnvironment from '../dictionaries/domain-energy-environment.json';
import phrasalCollocations from '../dictionaries/phrasal-collocations.json';
import domainTechnology from '../dictionaries/domain-technology.json';
import namesWorld from '../dictionaries/names-world.json';
import numbersMeasures from '../dictionaries/numbers-measures.json';
import gazetteer from '../data/gazetteer.json';

const SOURCES: Record<string, unknown> = {
  'function-words': functionWords,
  verbs: verbs,
  'verbs-extended': verbsExtended,
  'verbs-further': verbsFurther,
  nouns: nouns,
  'nouns-extended': nounsExtended,
  modifiers: modifiers,
  'modifiers-extended': modifiersExtended,
  idioms: idioms,
  names: names,
  'news-core': newsCore,
  'vocabulary-nouns-1': vocabularyNouns1,
  'vocabulary-nouns-2': vocabularyNouns2,
  'vocabulary-verbs': vocabularyVerbs,
  'vocabulary-modifiers': vocabularyModifiers,
  'domain-business-tech': domainBusinessTech,
  'domain-crime-law': domainCrimeLaw,
  'domain-culture': domainCulture,
  'domain-health-science': domainHealthScience,
  'domain-politics-world': domainPoliticsWorld,
  'domain-sports': domainSports,
  'domain-society': domainSociety,
  'domain-travel-weather': domainTravelWeather,
  'newswire-phrasing': newswirePhrasing,
  'domain-military-security': domainMilitarySecurity,
  'domain-energy-environment': domainEnergyEnvironment,
  'phrasal-collocations': phrasalCollocations,
  'domain-technology': domainTechnology,
  'names-world': namesWorld,
  'numbers-measures': numbersMeasures,
};

/**
 * A bundled file as the build packs it: `surfaceForms` holds each entry's
 * surface forms, worked out at build time (tsup.config.ts). Absent when the
 * JSON is read as it is in dictionaries/ (the test suite).
 */
type BundledFile = DictionaryInput & { surfaceForms?: PackedForms[] };

function load(raw: unknown): DictionaryFile {
  const { surfaceForms, ...input } = fromJson<BundledFile>(raw);
  const dictionary = trustDictionary(input);
  if (surfaceForms) dictionary.entries.forEach((e, i) => attachSurfaceForms(e, surfaceForms[i]));
  return dictionary;
}

/** The bundled dictionaries by name, parsed on first use. */
export const bundledDictionaries = lazy(
  () => Object.fromEntries(Object.entries(SOURCES).map(([name, raw]) => [name, load(raw)])) as Record<string, DictionaryFile>,
);

/**
 * The gazetteer's entries for the bundled dictionaries as they are, generated
 * by `npm run build:data` (data/gazetteer.json; a test checks it is current):
 * a repairer with no entries disabled or added uses these instead of
 * generating them on every start.
 */
export const bundledGazetteer = lazy(() => load(gazetteer).entries);
