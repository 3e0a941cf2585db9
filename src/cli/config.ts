/**
 * Project configuration: unspin.config.json, .unspinrc.json or an "unspin"
 * key in package.json, found upward from the working folder (lilconfig does
 * the search). Command-line flags override it; paths in it are relative to
 * the file that names them.
 */
import { dirname, relative, resolve } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import type { z as Z } from 'zod';
import { loadZod } from '../dictionary/zod';
import { lazy } from '../data';
import { UsageError } from './errors';

const SEARCH_PLACES = ['unspin.config.json', '.unspinrc.json', 'package.json'];

/** Built on first use, when a configuration file is found (zod is not loaded otherwise; see ../dictionary/zod). */
export const configSchema = lazy(() => {
  const z = loadZod();
  const idList = z.array(z.string().min(1, 'must not be empty'));
  return z.object({
    $schema: z.string().optional(),
    /** Apply fixes at or above this confidence. */
    minConfidence: z.number().min(0).max(1).optional(),
    /** Compile entries down to this prior (default: the compile floor, MIN_PRIOR). */
    minPrior: z.number().min(0).max(1).optional(),
    /** Extra dictionary files. */
    dictionaries: idList.optional(),
    /** Entry ids to turn off. */
    disable: idList.optional(),
    /** Tags whose entries are turned off. */
    disableTags: idList.optional(),
    /** .gitignore-style patterns (relative to the config file) left out of folder walks and globs. */
    ignore: idList.optional(),
    /** Load the bundled dictionaries (default true). */
    bundled: z.boolean().optional(),
    unseenSwaps: z.enum(['off', 'capped', 'uncapped']).optional(),
  })
  .strict();
});
export type Config = Z.infer<ReturnType<typeof configSchema>>;

export interface LoadedConfig {
  /** The file it came from, or null when none was found. */
  file: string | null;
  /** Folder that relative paths in it are resolved against. */
  dir: string;
  config: Config;
}

function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${displayPath(file)}: invalid JSON: ${(err as Error).message}`);
  }
}

const displayPath = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** Validate config data; a problem is one line naming the file and the field. */
export function validateConfig(data: unknown, file: string, prefix = ''): Config {
  const parsed = configSchema().safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String), ...keys.slice(0, 1)].join('.');
  const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
  throw new UsageError(`${displayPath(file)}: ${path ? `field "${path}"` : 'the configuration'}: ${message}`);
}

/**
 * Find and validate the configuration. `explicit` is a path given with
 * --config, or false for --no-config.
 */
export function loadConfig(explicit: string | false | undefined, cwd = process.cwd()): LoadedConfig {
  if (explicit === false) return { file: null, dir: cwd, config: {} };
  const searcher = lilconfigSync('unspin', {
    searchPlaces: SEARCH_PLACES,
    packageProp: 'unspin',
    loaders: { '.json': parseJson, noExt: parseJson },
    cache: false,
  });
  let found: LilconfigResult;
  if (explicit) {
    const file = resolve(cwd, explicit);
    try {
      found = searcher.load(file);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`${explicit}: ${code === 'ENOENT' ? 'no such config file' : (err as Error).message}`);
    }
  } else {
    found = searcher.search(cwd);
  }
  if (!found || found.isEmpty) return { file: found?.filepath ?? null, dir: found ? dirname(found.filepath) : cwd, config: {} };
  const inPackage = found.filepath.endsWith('package.json');
  const config = validateConfig(found.config, found.filepath, inPackage ? 'unspin' : '');
  return { file: found.filepath, dir: dirname(found.filepath), config };
}
