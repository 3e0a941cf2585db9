/** What every output format is given: each input and its repair. */
import type { Fix, RepairResult } from '../../repairer';
import { LineIndex } from '../lines';
import type { DocumentKind } from '../document';

export interface FileResult {
  /** Display name: a path, or "<stdin>". */
  name: string;
  /** Null for stdin. */
  path: string | null;
  kind: DocumentKind;
  /** The input as read. */
  text: string;
  result: RepairResult;
  /** With --write: whether the file was rewritten, or why it could not be. */
  written?: boolean;
  writeError?: string;
}

export interface PlacedFix extends Fix {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Fixes with 1-based line/column of their start and (exclusive) end. */
export function placeFixes(r: FileResult): PlacedFix[] {
  const index = new LineIndex(r.text);
  return r.result.fixes.map((f) => {
    const a = index.position(f.start);
    const b = index.position(f.end);
    return { ...f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
}

export const fixCount = (results: FileResult[]) => results.reduce((n, r) => n + r.result.fixes.filter((f) => f.applied).length, 0);

export const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
