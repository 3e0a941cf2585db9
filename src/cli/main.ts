/**
 * The `unspin` command. Reads files (or stdin), repairs them, writes the
 * result to stdout. Exit codes: 0 done, 1 `--check` found fixes, 2 usage or
 * input error (one line on stderr naming the file and the problem).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRepairer, DEFAULT_MIN_CONFIDENCE } from '../repairer';
import { UsageError } from './errors';
import { readInput, type Input } from './read-input';
import { loadDictionaryFile } from './dictionaries';
import { formatDiff, formatExplain, formatJson, formatText, type FileResult } from './format';
import { version } from '../../package.json';

function confidenceArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

interface CliOptions {
  format: 'text' | 'json' | 'diff';
  minConfidence: number;
  dict: string[];
  disable: string[];
  disableTag: string[];
  check: boolean;
  explain: boolean;
  all: boolean;
  bundled: boolean;
}

export function buildProgram(): Command {
  const program = new Command('unspin')
    .description('Repair news text garbled by automatic article spinners.')
    .version(version, '-v, --version')
    .argument('[files...]', 'files to repair; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'diff']).default('text'))
    .option('-m, --min-confidence <n>', 'apply fixes at or above this confidence', confidenceArg, DEFAULT_MIN_CONFIDENCE)
    .option('-d, --dict <file>', 'extra dictionary file (repeatable)', collect, [])
    .option('--disable <id>', 'turn off a dictionary entry (repeatable)', collect, [])
    .option('--disable-tag <tag>', 'turn off all entries with a tag (repeatable)', collect, [])
    .option('--no-bundled', 'do not load the bundled dictionaries')
    .option('--check', 'exit 1 when a fix at or above the threshold is found (for CI)', false)
    .option('--explain', 'print each fix with its evidence on stderr', false)
    .option('--all', 'with --format json/--explain, also report fixes below the threshold', false)
    .showHelpAfterError('(run unspin --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action((files: string[], opts: CliOptions) => run(files, opts));
  return program;
}

function run(files: string[], opts: CliOptions): void {
  // Read every input and dictionary before writing anything: a bad input
  // stops the run with nothing half-written.
  const dictionaries = opts.dict.map(loadDictionaryFile);
  const inputs: Input[] = (files.length === 0 ? ['-'] : files).map(readInput);
  const repairer = createRepairer({
    dictionaries,
    bundled: opts.bundled,
    disable: opts.disable,
    disableTags: opts.disableTag,
  });
  const includeBelowThreshold = opts.all;
  const results: FileResult[] = inputs.map((input) => ({
    input,
    result: repairer.repair(input.text, { minConfidence: opts.minConfidence, includeBelowThreshold }),
  }));

  const out = opts.format === 'json' ? formatJson(results, version) : opts.format === 'diff' ? formatDiff(results) : formatText(results);
  if (!opts.check || opts.format !== 'text') process.stdout.write(out);
  if (opts.explain) for (const r of results) process.stderr.write(formatExplain(r));
  if (opts.check) {
    const found = results.reduce((n, r) => n + r.result.fixes.filter((f) => f.applied).length, 0);
    if (found > 0) {
      process.stderr.write(`unspin: ${found} fix${found === 1 ? '' : 'es'} at or above confidence ${opts.minConfidence}\n`);
      process.exitCode = 1;
    }
  }
}

export function main(argv: string[]): void {
  // A closed pipe (unspin big.txt | head) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    buildProgram().parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; a usage error has been printed by commander already.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`unspin: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`unspin: internal error: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 70;
  }
}

main(process.argv);
