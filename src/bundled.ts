/**
 * The dictionaries that ship with unspin. Each file is JSON data in
 * dictionaries/ (format: dictionaries/FORMAT.md); tests check this list
 * matches the folder.
 */
import type { DictionaryInput } from './dictionary/schema';
import verbs from '../dictionaries/verbs.json';
import verbsExtended from '../dictionaries/verbs-extended.json';
import functionWords from '../dictionaries/function-words.json';
import idioms from '../dictionaries/idioms.json';
import names from '../dictionaries/names.json';
import nouns from '../dictionaries/nouns.json';
import nounsExtended from '../dictionaries/nouns-extended.json';
import modifiers from '../dictionaries/modifiers.json';

export const BUNDLED_DICTIONARIES: Record<string, DictionaryInput> = {
  'function-words': functionWords as DictionaryInput,
  verbs: verbs as DictionaryInput,
  'verbs-extended': verbsExtended as DictionaryInput,
  nouns: nouns as DictionaryInput,
  'nouns-extended': nounsExtended as DictionaryInput,
  modifiers: modifiers as DictionaryInput,
  idioms: idioms as DictionaryInput,
  names: names as DictionaryInput,
};
