/**
 * The bundled dictionaries as the package ships them: every entry packed as
 * a line (src/dictionary/pack-entry.ts) and the compiled matcher packed by
 * first word (src/dictionary/packed-matcher.ts). Each dictionary file is JSON
 * data in dictionaries/ (format: dictionaries/FORMAT.md); tests check this
 * list matches the folder and validate every file.
 *
 * The build (tsup.config.ts) runs packBundle() once and puts its result in
 * the package in place of this module, so the package carries no dictionary
 * JSON and a start compiles nothing. Run from source (the test suite, the
 * scripts), this module packs the files on first use, by the same code.
 */
import type { DictionaryInput } from './dictionary/schema';
import { lazy } from './data';
import { packBundle, type PackedBundle } from './bundle-pack';
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
import commonPhrases from '../dictionaries/common-phrases.json';
import commonPhrases2 from '../dictionaries/common-phrases-2.json';
import phraseWalk from '../dictionaries/phrase-walk.json';
import gazetteer from '../data/gazetteer.json';

/** The bundled dictionaries by name, in the order they load (later entries override earlier ones with the same id). */
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
  'common-phrases': commonPhrases,
  'common-phrases-2': commonPhrases2,
  'phrase-walk': phraseWalk,
};

/** Pack the files as they are now (what the build calls). */
export function packSources(): PackedBundle {
  return packBundle(SOURCES as Record<string, DictionaryInput>, gazetteer as DictionaryInput);
}

const bundleData: () => PackedBundle = lazy(packSources);
export default bundleData;
