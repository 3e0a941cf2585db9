/**
 * `unspin dict validate FILE...`: everything the loader checks (JSON syntax,
 * the schema) reported for every problem rather than the first, plus what
 * only a dictionary author needs: ids unique across the files given, each
 * entry's examples round-tripping with the entry alone, and its keep
 * sentences getting no fix whose conditions hold. Problems are `file:line: message` lines on
 * stdout; exit 1 when there are any, 2 when a file cannot be read. A file without problems gets
 * a line on stderr, which also counts its entries below the compile floor (not applied by default).
 */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createRepairer } from '../../repairer';
import { belowCompileFloor, MIN_PRIOR } from '../../dictionary/compile';
import { dictionarySchemas, FORMAT_NAME, FORMAT_VERSION, type DictionaryFile, type Entry } from '../../dictionary/schema';
import { EXIT } from '../errors';
import { decode, describeReadError } from '../read-input';
import { plural } from '../format/types';

interface Problem {
  line: number;
  message: string;
}

/** 1-based line of an offset. */
const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** The line of the deepest node that exists along a JSON path. */
function lineOfPath(text: string, tree: Node | undefined, path: Array<string | number>): number {
  for (let n = path.length; n >= 0 && tree; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return lineAt(text, node.offset);
  }
  return 1;
}

function entryLabel(data: unknown, index: number): string {
  const entry = (data as { entries?: Array<{ id?: unknown }> }).entries?.[index];
  return `entry ${index}${entry && typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
}

export function validateText(
  text: string,
  file: string,
  seenIds: Map<string, string>,
  checkExamples: boolean,
): { problems: Problem[]; entries: number; belowFloor: number } {
  const problems: Problem[] = [];
  const errors: ParseError[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const tree = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    const e = errors[0];
    return { problems: [{ line: lineAt(body, e.offset), message: `invalid JSON: ${printParseErrorCode(e.error)}` }], entries: 0, belowFloor: 0 };
  }
  const data: unknown = JSON.parse(body);
  const header = (data ?? {}) as { format?: unknown; version?: unknown };
  if (header.format !== FORMAT_NAME) return { problems: [{ line: 1, message: `not an unspin dictionary (expected "format": "${FORMAT_NAME}")` }], entries: 0, belowFloor: 0 };
  if (header.version !== FORMAT_VERSION) {
    return { problems: [{ line: lineOfPath(body, tree, ['version']), message: `unsupported dictionary version ${JSON.stringify(header.version)} (this unspin reads version ${FORMAT_VERSION})` }], entries: 0, belowFloor: 0 };
  }

  const parsed = dictionarySchemas().DictionaryFile.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      const inEntry = path[0] === 'entries' && typeof path[1] === 'number';
      const field = [...path.slice(inEntry ? 2 : 0), ...keys.slice(0, 1)].join('.') || (inEntry ? '(entry)' : '(top level)');
      const where = inEntry ? `${entryLabel(data, path[1] as number)}: ` : '';
      const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      problems.push({ line: lineOfPath(body, tree, path), message: `${where}field "${field}": ${message}` });
    }
    return { problems, entries: 0, belowFloor: 0 };
  }

  const dictionary = parsed.data;
  dictionary.entries.forEach((entry, i) => {
    const line = lineOfPath(body, tree, ['entries', i]);
    const label = `entry ${i} (${entry.id})`;
    const other = seenIds.get(entry.id);
    if (other) problems.push({ line, message: `${label}: duplicate id (first at ${other})` });
    else seenIds.set(entry.id, `${file}:${line}`);
    if (checkExamples) {
      for (const p of exampleProblems(entry, dictionary)) {
        problems.push({ line: lineOfPath(body, tree, ['entries', i, ...p.path]), message: `${label}: ${p.message}` });
      }
    }
  });
  return { problems, entries: dictionary.entries.length, belowFloor: dictionary.entries.filter((e) => belowCompileFloor(e.prior)).length };
}

/**
 * Run an entry alone on its examples and keep sentences. An example must
 * repair to its expected sentence; a keep sentence must get no fix whose
 * conditions hold (one whose only unmet condition is a content-word
 * neighbour may be proposed, flagged missingNeighbours, for the scorer to weigh).
 */
export function exampleProblems(entry: Entry, dictionary: DictionaryFile): Array<{ path: Array<string | number>; message: string }> {
  if (entry.examples.length === 0 && entry.keep.length === 0) return [];
  const repairer = createRepairer({ bundled: false, dictionaries: [{ ...dictionary, entries: [entry] }], minConfidence: 0, unseenSwaps: false, minPrior: 0 });
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  entry.examples.forEach(([spun, expected], j) => {
    const got = repairer.repair(spun).text;
    if (got !== expected) out.push({ path: ['examples', j], message: `example ${j}: "${spun}" repairs to "${got}", expected "${expected}"` });
  });
  entry.keep.forEach((sentence, j) => {
    const result = repairer.repair(sentence);
    if (result.fixes.some((f) => f.evidence.missingNeighbours === 0)) {
      out.push({ path: ['keep', j], message: `keep ${j}: "${sentence}" was changed to "${result.text}"` });
    }
  });
  return out;
}

export function validateCommand(files: string[], opts: { examples: boolean }): void {
  const seenIds = new Map<string, string>();
  let problems = 0;
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = decode(readFileSync(file), file);
    } catch (err) {
      process.stderr.write(`unspin: ${err instanceof Error && err.name === 'UsageError' ? err.message : describeReadError(file, err)}\n`);
      unreadable = true;
      continue;
    }
    const r = validateText(text, file, seenIds, opts.examples);
    for (const p of r.problems) process.stdout.write(`${file}:${p.line}: ${p.message}\n`);
    problems += r.problems.length;
    const floor = r.belowFloor > 0 ? ` (${r.belowFloor} below the compile floor ${MIN_PRIOR}: not applied unless minPrior brings them back)` : '';
    if (r.problems.length === 0) process.stderr.write(`${file}: ${plural(r.entries, 'entry', 'entries')}, ok${floor}\n`);
  }
  if (problems > 0) process.stderr.write(`unspin: ${plural(problems, 'problem')}\n`);
  process.exitCode = unreadable ? EXIT.usage : problems > 0 ? EXIT.checkFailed : EXIT.ok;
}
