/**
 * unspin: repair news text garbled by automatic article spinners.
 *
 * This entry point is the browser-safe core: it uses no Node-only API.
 * Node-only additions (the stream Transform) are in `unspin/node`.
 */
import { bundledRepairer, createRepairer, type RepairCallOptions, type RepairResult, type RepairerOptions } from './repairer';

export { createRepairer, DEFAULT_MIN_CONFIDENCE } from './repairer';
export { MIN_PRIOR } from './dictionary/compile';
export type { Fix, Repairer, RepairerOptions, RepairCallOptions, RepairResult } from './repairer';
export type { Evidence } from './score/confidence';
export type { DocumentEvidence } from './score/document';
export { DictionaryError, parseDictionary, validateDictionary } from './dictionary/load';
export { dictionarySchemas, FORMAT_VERSION } from './dictionary/schema';
export type { DictionaryFile, DictionaryInput, Entry, EntryInput } from './dictionary/schema';
export { tokenize, type Token } from './text/tokenize';

const shared = bundledRepairer;

/** Options for the one-shot `repair`: any repairer option; dictionaries compile on each call unless none are given. */
export type RepairOptions = RepairerOptions;

/**
 * Repair a text with the bundled dictionaries. With dictionary options, a
 * repairer is compiled for this call; to reuse one, call `createRepairer`.
 */
export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const { minConfidence, includeBelowThreshold, ...rest } = options;
  const call: RepairCallOptions = { minConfidence, includeBelowThreshold };
  const needsOwn = Object.values(rest).some((v) => v !== undefined);
  return (needsOwn ? createRepairer(rest) : shared()).repair(text, call);
}

/** Probability in [0, 1] that `text` was spun, from the bundled dictionaries. */
export function detect(text: string): number {
  return shared().detect(text);
}
export { createRepairStream, segmentText, Segmenter, InvalidTextError, type RepairStreamOptions, type WindowOptions } from './stream/web';
