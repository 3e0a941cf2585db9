/** The options the `unspin` command takes, after commander has parsed them. */
export const OUTPUT_FORMATS = ['text', 'report', 'diff', 'json', 'ndjson', 'sarif', 'github', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const INPUT_FORMATS = ['auto', 'text', 'html', 'markdown', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const ON_ERROR = ['fail', 'skip', 'keep'] as const;

/** Swaps no entry covers (rule unseen/wordnet): off, capped below 0.5 (default), or at their fitted confidence. */
export const UNSEEN_MODES = ['off', 'capped', 'uncapped'] as const;
export type UnseenMode = (typeof UNSEEN_MODES)[number];
export type OnError = (typeof ON_ERROR)[number];

export interface CliOptions {
  /** Unset: chosen from the inputs (see `defaultFormat`). */
  format?: OutputFormat;
  inputFormat: InputFormat;
  /** Unset: from the config file, else the library default. */
  minConfidence?: number;
  /** Unset: from the config file, else the compile floor (MIN_PRIOR). */
  minPrior?: number;
  dict: string[];
  disable: string[];
  disableTag: string[];
  /** False only when --no-bundled was given. */
  bundled: boolean;
  /** Unset: from the config file, else capped. */
  unseenSwaps?: UnseenMode;
  write: boolean;
  /** Repair one plain-text input as it arrives (flat memory); text output only. */
  stream: boolean;
  check: boolean;
  maxFixes?: number;
  failOnSpinScore?: number;
  explain: boolean;
  all: boolean;
  field: string;
  addFixes?: string | true;
  addSpinScore?: string | true;
  onError: OnError;
  ignoreFiles: boolean;
  ignore: string[];
  ext?: string[];
  config?: string | false;
  printConfig: boolean;
  quiet: boolean;
  color?: boolean;
}
