/**
 * `unspin dict stats [FILE...]`: what a set of dictionaries holds. Entries
 * per file, per tag and per part of speech, how many are compiled (at or above
 * the compile floor MIN_PRIOR), how many inflect, and how many surface forms
 * they compile to (inflections included).
 */
import { belowCompileFloor, expandEntry, MIN_PRIOR } from '../../dictionary/compile';
import type { Entry } from '../../dictionary/schema';
import { bundledDictionaries, dictionariesFrom } from './source';

interface Counts {
  entries: number;
  /** Entries at or above the compile floor: those the repair applies by default. */
  compiled: number;
  inflecting: number;
  surfaces: number;
  examples: number;
}

const empty = (): Counts => ({ entries: 0, compiled: 0, inflecting: 0, surfaces: 0, examples: 0 });

function add(c: Counts, e: Entry, surfaces: number) {
  c.entries++;
  if (!belowCompileFloor(e.prior)) c.compiled++;
  if (e.inflect) c.inflecting++;
  c.surfaces += surfaces;
  c.examples += e.examples.length;
}

export interface Stats {
  files: Record<string, Counts>;
  tags: Record<string, Counts>;
  pos: Record<string, Counts>;
  total: Counts;
}

export function dictionaryStats(dicts: Array<{ file: string; dictionary: { entries: Entry[] } }>): Stats {
  const stats: Stats = { files: {}, tags: {}, pos: {}, total: empty() };
  for (const { file, dictionary } of dicts) {
    const f = (stats.files[file] ??= empty());
    for (const e of dictionary.entries) {
      const n = expandEntry(e).length;
      add(f, e, n);
      add((stats.pos[e.pos] ??= empty()), e, n);
      for (const t of e.tags.length ? e.tags : ['(untagged)']) add((stats.tags[t] ??= empty()), e, n);
      add(stats.total, e, n);
    }
  }
  return stats;
}

function table(title: string, rows: Record<string, Counts>, total?: Counts): string {
  const sorted = Object.entries(rows).sort((a, b) => b[1].entries - a[1].entries || a[0].localeCompare(b[0]));
  const all = total ? [...sorted, ['total', total] as [string, Counts]] : sorted;
  const width = Math.max(title.length, ...all.map(([k]) => k.length));
  const num = (n: number) => n.toLocaleString('en-US').padStart(9);
  const head = `${title.padEnd(width)}  ${'entries'.padStart(9)} ${'compiled'.padStart(9)} ${'inflect'.padStart(9)} ${'fixed'.padStart(9)} ${'surfaces'.padStart(9)} ${'examples'.padStart(9)}`;
  const lines = all.map(([k, c]) => `${k.padEnd(width)}  ${num(c.entries)} ${num(c.compiled)} ${num(c.inflecting)} ${num(c.entries - c.inflecting)} ${num(c.surfaces)} ${num(c.examples)}`);
  if (total) lines.splice(lines.length - 1, 0, '-'.repeat(head.length));
  return [head, ...lines].join('\n') + '\n';
}

export function statsCommand(files: string[], opts: { format: 'text' | 'json' }): void {
  const dicts = files.length ? dictionariesFrom(files, false) : bundledDictionaries();
  const stats = dictionaryStats(dicts);
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
    return;
  }
  process.stdout.write(
    [table('file', stats.files, stats.total), table('part of speech', stats.pos, stats.total), table('tag', stats.tags)].join('\n') +
      `\n"compiled": entries at or above the compile floor (prior ${MIN_PRIOR}), which the repair applies by default; "inflect": entries whose forms are generated (inflect: true); "fixed": the others; "surfaces": spun forms, inflections included.\nAn entry with several tags counts once under each.\n`,
  );
}
