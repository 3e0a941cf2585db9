/** Dictionaries for the `dict` subcommands: files named on the command line, or the bundled ones. */
import { bundledDictionaries as bundled } from '../../bundled';
import type { DictionaryFile } from '../../dictionary/schema';
import { loadDictionaryFile } from '../dictionaries';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface NamedDictionary {
  /** File path, or dictionaries/NAME.json for a bundled one. */
  file: string;
  dictionary: DictionaryFile;
}

/**
 * The package's dictionaries/ folder, found upwards from this file (dist/ in
 * the package, src/cli/dict/ in a checkout) or, in the ESM build, where
 * there is no __dirname (and no shim, which would pull Node modules into
 * the browser-safe library chunks), from the running script (bin/).
 */
function shippedDictionaryDir(): string | undefined {
  const start = typeof __dirname === 'string' ? __dirname : dirname(process.argv[1] ?? '.');
  for (let dir = start, i = 0; i < 5; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'dictionaries', 'FORMAT.md'))) return join(dir, 'dictionaries');
  }
  return undefined;
}

/**
 * The bundled dictionaries, whole. The copies compiled into the library
 * leave out examples and notes (see src/bundle-pack.ts), so the files the
 * package ships are read when they are there.
 */
export function bundledDictionaries(): NamedDictionary[] {
  const dir = shippedDictionaryDir();
  return Object.entries(bundled()).map(([name, compiledIn]) => {
    const file = dir && join(dir, `${name}.json`);
    const dictionary = file && existsSync(file) ? loadDictionaryFile(file) : compiledIn;
    return { file: `dictionaries/${name}.json`, dictionary };
  });
}

export function dictionariesFrom(files: string[], withBundled: boolean): NamedDictionary[] {
  return [...(withBundled ? bundledDictionaries() : []), ...files.map((file) => ({ file, dictionary: loadDictionaryFile(file) }))];
}
