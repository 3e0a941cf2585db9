/**
 * The effective settings of a run: the configuration file's values, with the
 * command-line flags on top. Flags that list things (--dict, --disable,
 * --disable-tag, --ignore) add to the file's lists.
 */
import { resolve } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../repairer';
import { MIN_PRIOR } from '../dictionary/compile';
import { loadConfig } from './config';
import type { CliOptions, UnseenMode } from './options';

export interface Settings {
  configFile: string | null;
  minConfidence: number;
  /** Entries with a lower prior are not compiled. */
  minPrior: number;
  /** Dictionary files as given (config entries resolved against the config's folder). */
  dictionaries: string[];
  disable: string[];
  disableTags: string[];
  bundled: boolean;
  unseenSwaps: UnseenMode;
  ignore: string[];
  /** Folder that `ignore` patterns are relative to. */
  ignoreBase: string;
}

export function effectiveSettings(opts: CliOptions): Settings {
  const { file, dir, config } = loadConfig(opts.config);
  return {
    configFile: file,
    minConfidence: opts.minConfidence ?? config.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    minPrior: opts.minPrior ?? config.minPrior ?? MIN_PRIOR,
    dictionaries: [...(config.dictionaries ?? []).map((d) => resolve(dir, d)), ...opts.dict],
    disable: [...(config.disable ?? []), ...opts.disable],
    disableTags: [...(config.disableTags ?? []), ...opts.disableTag],
    bundled: opts.bundled && config.bundled !== false,
    unseenSwaps: opts.unseenSwaps ?? config.unseenSwaps ?? 'capped',
    ignore: [...(config.ignore ?? []), ...opts.ignore],
    ignoreBase: file ? dir : process.cwd(),
  };
}
