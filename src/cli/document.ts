/**
 * Repairing one document according to its kind: plain text whole, HTML and
 * Markdown through their prose runs only.
 */
import { extname } from 'node:path';
import type { RepairCallOptions, RepairResult, Repairer } from '../repairer';
import type { InputFormat } from './options';
import { htmlRuns, loadHtmlParser } from './markup/html';
import { loadMarkdownParser, markdownRuns } from './markup/markdown';
import { repairRuns } from './markup/runs';

export type DocumentKind = 'text' | 'html' | 'markdown' | 'jsonl';

const BY_EXTENSION: Record<string, DocumentKind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The kind of a document: as --input-format says, else from its extension, else plain text. */
export function documentKind(path: string | null, inputFormat: InputFormat): DocumentKind {
  if (inputFormat !== 'auto') return inputFormat;
  return (path && BY_EXTENSION[extname(path).toLowerCase()]) || 'text';
}

/** Load the parsers these kinds need (they are ES modules, loaded on demand). */
export async function loadParsers(kinds: Iterable<DocumentKind>): Promise<void> {
  const set = new Set(kinds);
  if (set.has('html')) await loadHtmlParser();
  if (set.has('markdown')) await loadMarkdownParser();
}

export function repairDocument(repairer: Repairer, text: string, kind: DocumentKind, call: RepairCallOptions): RepairResult {
  if (kind === 'html') return repairRuns(repairer, text, htmlRuns(text), call);
  if (kind === 'markdown') return repairRuns(repairer, text, markdownRuns(text), call);
  return repairer.repair(text, call);
}
