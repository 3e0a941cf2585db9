/** Load user dictionaries from files for the CLI and the Node API. */
import { readFileSync } from 'node:fs';
import { parseDictionary, DictionaryError } from '../dictionary/load';
import type { DictionaryFile } from '../dictionary/schema';
import { UsageError } from './errors';

export function loadDictionaryFile(path: string): DictionaryFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such dictionary file' : code === 'EISDIR' ? 'is a directory, not a dictionary file' : (err as Error).message}`);
  }
  try {
    return parseDictionary(text, path);
  } catch (err) {
    if (err instanceof DictionaryError) throw new UsageError(err.message);
    throw err;
  }
}
