/** The plain formats: repaired text, JSON and NDJSON (the unified diff is in ./diff). */
import { placeFixes, type FileResult } from './types';

export function formatText(results: FileResult[]): string {
  return results.map((r) => r.result.text).join('');
}

function fileObject(r: FileResult) {
  const o: Record<string, unknown> = { file: r.name, kind: r.kind, spinScore: r.result.spinScore, changed: r.result.text !== r.text };
  if (r.written !== undefined) o.written = r.written;
  if (r.writeError) o.writeError = r.writeError;
  return o;
}

const fixObject = (f: ReturnType<typeof placeFixes>[number]) => {
  const { line, column, endLine, endColumn, ...rest } = f;
  return { line, column, endLine, endColumn, ...rest };
};

/** One JSON document: { version, files: [{ file, kind, spinScore, changed, fixes: [...] }] }. */
export function formatJson(results: FileResult[], version: string): string {
  const files = results.map((r) => ({ ...fileObject(r), fixes: placeFixes(r).map(fixObject) }));
  return JSON.stringify({ version, files }, null, 2) + '\n';
}

/**
 * One JSON object per line: for each file, a `{"type":"fix",...}` line per
 * fix (in order), then one `{"type":"file",...}` line with its spin score
 * and fix count. A consumer can stream it and group by `file`.
 */
export function formatNdjson(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const fixes = placeFixes(r);
    for (const f of fixes) lines.push(JSON.stringify({ type: 'fix', file: r.name, ...fixObject(f) }));
    lines.push(JSON.stringify({ type: 'file', ...fileObject(r), fixes: fixes.filter((f) => f.applied).length }));
  }
  return lines.map((l) => l + '\n').join('');
}
