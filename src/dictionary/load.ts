/**
 * Loading dictionaries: parse, validate against the schema, and turn any
 * problem into one readable line that names the file, the entry and the field.
 * No file system access here: callers hand in text or objects.
 */
import { dictionarySchemas, FORMAT_NAME, FORMAT_VERSION, type DictionaryFile, type DictionaryInput } from './schema';

export class DictionaryError extends Error {
  constructor(
    message: string,
    /** The file (or label) the dictionary came from. */
    readonly source: string,
  ) {
    super(message);
    this.name = 'DictionaryError';
  }
}

/** Line number (1-based) of the n-th entry object in a JSON text, for error messages. */
function lineOfEntry(text: string, index: number): number | undefined {
  const at = text.indexOf('"entries"');
  if (at < 0) return undefined;
  // Walk the array counting top-level objects; strings are skipped so braces inside them don't count.
  let depth = 0;
  let count = -1;
  let inString = false;
  for (let i = text.indexOf('[', at); i < text.length && i >= 0; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (ch === '{' && depth === 2 && ++count === index) return text.slice(0, i).split('\n').length;
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  return undefined;
}

/**
 * Validate a parsed dictionary. `text` (the raw JSON) is optional and only
 * used to add line numbers to messages.
 */
export function validateDictionary(data: unknown, source: string, text?: string): DictionaryFile {
  if (typeof data === 'object' && data !== null) {
    const header = data as { format?: unknown; version?: unknown };
    if (header.format !== FORMAT_NAME) {
      throw new DictionaryError(`${source}: not an unspin dictionary (expected "format": "${FORMAT_NAME}")`, source);
    }
    if (header.version !== FORMAT_VERSION) {
      throw new DictionaryError(
        `${source}: unsupported dictionary version ${JSON.stringify(header.version)} (this unspin reads version ${FORMAT_VERSION})`,
        source,
      );
    }
  }
  const parsed = dictionarySchemas().DictionaryFile.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path;
  let where = '';
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entry = (data as { entries: Array<{ id?: unknown }> }).entries[path[1]];
    const id = entry && typeof entry.id === 'string' ? ` (${entry.id})` : '';
    const line = text ? lineOfEntry(text, path[1]) : undefined;
    const field = path.slice(2).join('.') || '(entry)';
    where = `${line ? `${line}:` : ''} entry ${path[1]}${id}: field "${field}"`;
  } else {
    where = ` field "${path.join('.') || '(top level)'}"`;
  }
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  throw new DictionaryError(`${source}:${where}: ${issue.message}${more}`, source);
}

/** Parse and validate dictionary JSON text. */
export function parseDictionary(text: string, source: string): DictionaryFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DictionaryError(`${source}: invalid JSON: ${(err as Error).message}`, source);
  }
  return validateDictionary(data, source, text);
}

/** Accept an already-validated dictionary, a plain object, or JSON text. */
export function toDictionary(input: DictionaryInput | DictionaryFile | string, source = 'dictionary'): DictionaryFile {
  return typeof input === 'string' ? parseDictionary(input, source) : validateDictionary(input, source);
}

/**
 * A bundled dictionary, taken as it is: the test suite validates every
 * bundled file against the schema, so start-up skips that work and only fills
 * in the schema's defaults.
 */
export function trustDictionary(input: DictionaryInput): DictionaryFile {
  return {
    ...input,
    entries: input.entries.map((e) => ({
      ...e,
      inflect: e.inflect ?? false,
      case: e.case ?? 'any',
      tags: e.tags ?? [],
      examples: e.examples ?? [],
      keep: e.keep ?? [],
    })),
  } as DictionaryFile;
}
