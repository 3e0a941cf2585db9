import type { DictionaryInput, EntryInput } from '../src/dictionary/schema';

/** A one-file dictionary for tests. */
export function dict(entries: EntryInput[], name = 'test'): DictionaryInput {
  return { format: 'unspin-dictionary', version: 1, name, source: 'unit test', license: 'MIT', entries };
}
