/**
 * The command line: options and subcommands (commander). Only light modules
 * are imported here; each action loads what it needs when it runs, so that
 * --help and --version never load the dictionaries.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_FORMATS, ON_ERROR, OUTPUT_FORMATS, UNSEEN_MODES, type CliOptions } from './options';
import { EXIT } from './errors';
import { MIN_PRIOR } from '../dictionary/compile';

function confidenceArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

function countArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const extensions = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').map((e) => e.trim()).filter(Boolean)];

const FORMATS_HELP = `Output formats (--format):
  text     the repaired text (default for stdin or one named file)
  report   file:line:col  spun -> original  confidence  rule (default for several
           files, folders, globs, --check and --write)
  diff     unified diff of every changed file
  json     one JSON document with every file's fixes
  ndjson   one JSON object per line: a "fix" line per fix, then a "file" line
  sarif    SARIF 2.1.0 log (code scanning)
  github   GitHub Actions annotations (::warning file=...,line=...,col=...::)
  html     a self-contained page with each fix highlighted

Exit codes: 0 done; 1 a check failed (--check, --max-fixes, --fail-on-spin-score);
2 usage or input error, or a file that could not be written; 130 interrupted.

Folders are walked for ${'.txt .md .html .jsonl'} files (see --ext), skipping what
.gitignore and .unspinignore files list. Configuration: unspin.config.json,
.unspinrc.json or an "unspin" key in package.json, found upward from here.

Dictionary tools: unspin dict validate|stats|lookup (unspin dict --help).`;

export function buildProgram(version: string): Command {
  const program = new Command('unspin')
    .description('Repair news text garbled by automatic article spinners.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to repair; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (see below)').choices(OUTPUT_FORMATS))
    .addOption(new Option('-i, --input-format <format>', 'how to read inputs (auto: by extension)').choices(INPUT_FORMATS).default('auto'))
    .option('-w, --write', 'rewrite changed files in place (atomically)', false)
    .option('-s, --stream', 'repair one text input as it arrives, in memory that stays flat (for very large inputs)', false)
    .option('-m, --min-confidence <n>', 'apply fixes at or above this confidence (default 0.5)', confidenceArg)
    .option('--min-prior <p>', `compile entries down to this prior (default ${MIN_PRIOR}, the compile floor)`, confidenceArg)
    .option('-d, --dict <file>', 'extra dictionary file (repeatable)', collect, [])
    .option('--disable <id>', 'turn off a dictionary entry (repeatable)', collect, [])
    .option('--disable-tag <tag>', 'turn off all entries with a tag (repeatable)', collect, [])
    .option('--no-bundled', 'do not load the bundled dictionaries')
    .addOption(new Option('--unseen-swaps <mode>', 'swaps no entry covers (rule unseen/wordnet): off, capped below 0.5, or uncapped').choices(UNSEEN_MODES))
    .option('--check', 'exit 1 when a fix at or above the threshold remains (for CI)', false)
    .option('--max-fixes <n>', 'exit 1 when more than n fixes remain (implies a check)', countArg)
    .option('--fail-on-spin-score <s>', 'exit 1 when an input\'s spin score is s or more', confidenceArg)
    .option('--explain', 'print each fix with its evidence on stderr', false)
    .option('--all', 'also report fixes below the threshold (not applied)', false)
    .option('--field <path>', 'JSON Lines: the text field (dotted path)', 'text')
    .option('--add-fixes [name]', 'JSON Lines: add each record\'s fixes as this field (default "fixes")')
    .option('--add-spin-score [name]', 'JSON Lines: add each record\'s spin score (default "spinScore")')
    .addOption(new Option('--on-error <action>', 'JSON Lines: a bad line fails the run, is skipped, or kept as is').choices(ON_ERROR).default('fail'))
    .option('--ext <list>', 'extensions a folder walk picks up (comma-separated)', extensions)
    .option('--ignore <pattern>', 'leave out files matching a .gitignore-style pattern (repeatable)', collect, [])
    .option('--no-ignore-files', 'do not read .gitignore and .unspinignore files')
    .option('-c, --config <file>', 'use this configuration file instead of searching')
    .option('--no-config', 'use no configuration file')
    .option('--print-config', 'print the effective configuration and exit', false)
    .option('-q, --quiet', 'no progress, summary or check messages on stderr', false)
    .option('--color', 'force colour in the report')
    .option('--no-color', 'no colour in the report')
    .addHelpText('after', '\n' + FORMATS_HELP)
    .showHelpAfterError('(run unspin --help for usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], opts: CliOptions) => {
      const { runRepair } = await import('./run');
      await runRepair(paths, opts, version);
    });

  const dict = program
    .command('dict')
    .description('check, measure and search dictionaries')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  dict
    .command('validate')
    .description(`check dictionary files: schema, unique ids, every example round-trips, every keep sentence stays (exit ${EXIT.checkFailed} on problems, ${EXIT.usage} if unreadable)`)
    .argument('<files...>', 'dictionary JSON files')
    .option('--no-examples', 'check the schema only, not the examples')
    .exitOverride()
    .action(async (files: string[], o: { examples: boolean }) => {
      const { validateCommand } = await import('./dict/validate');
      validateCommand(files, o);
    });

  dict
    .command('stats')
    .description('count entries by file, tag and part of speech (the bundled dictionaries by default)')
    .argument('[files...]', 'dictionary JSON files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (files: string[], o: { format: 'text' | 'json' }) => {
      const { statsCommand } = await import('./dict/stats');
      statsCommand(files, o);
    });

  dict
    .command('lookup')
    .description('which entries match a phrase (or its inflections), what they restore, their prior and tags')
    .argument('<phrase...>', 'the words to look up')
    .option('-d, --dict <file>', 'extra dictionary file (repeatable)', collect, [])
    .option('--no-bundled', 'do not load the bundled dictionaries')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (words: string[], o: { dict: string[]; bundled: boolean; format: 'text' | 'json' }) => {
      const { lookupCommand } = await import('./dict/lookup');
      lookupCommand(words.join(' '), o);
    });

  return program;
}
