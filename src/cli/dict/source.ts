/** Dictionaries for the `dict` subcommands: files named on the command line, or the bundled ones. */
import { bundledDictionaries as bundled } from '../../bundled';
import type { DictionaryFile } from '../../dictionary/schema';
import { loadDictionaryFile } from '../dictionaries';

export interface NamedDictionary {
  /** File path, or dictionaries/NAME.json for a bundled one. */
  file: string;
  dictionary: DictionaryFile;
}

export function bundledDictionaries(): NamedDictionary[] {
  return Object.entries(bundled()).map(([name, dictionary]) => ({ file: `dictionaries/${name}.json`, dictionary }));
}

export function dictionariesFrom(files: string[], withBundled: boolean): NamedDictionary[] {
  return [...(withBundled ? bundledDictionaries() : []), ...files.map((file) => ({ file, dictionary: loadDictionaryFile(file) }))];
}
