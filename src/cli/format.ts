/**
 * Output formats. Each takes the inputs and their repair results and returns
 * the text for stdout; none of them knows how repairs are made.
 */
import { createTwoFilesPatch } from 'diff';
import type { Fix, RepairResult } from '../repairer';
import type { Input } from './read-input';

export interface FileResult {
  input: Input;
  result: RepairResult;
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatText(results: FileResult[]): string {
  return results.map((r) => r.result.text).join('');
}

export function formatJson(results: FileResult[], version: string): string {
  const files = results.map(({ input, result }) => ({
    file: input.name,
    spinScore: result.spinScore,
    fixes: result.fixes.map((f) => ({ ...lineColumn(input.text, f.start), ...f })),
  }));
  return JSON.stringify({ version, files }, null, 2) + '\n';
}

export function formatDiff(results: FileResult[]): string {
  return results
    .filter((r) => r.result.text !== r.input.text)
    .map((r) => createTwoFilesPatch(r.input.name, r.input.name, r.input.text, r.result.text, 'spun', 'repaired'))
    .join('');
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4).replace(/0+$/, ''));

/** One line per fix with its evidence, for --explain (stderr). */
export function formatExplain(r: FileResult): string {
  const lines = [`${r.input.name}: spin score ${r.result.spinScore}`];
  for (const f of r.result.fixes as Fix[]) {
    const { line, column } = lineColumn(r.input.text, f.start);
    const terms = Object.entries(f.evidence).map(([k, v]) => `${k}=${fmt(v)}`).join(' ');
    const status = f.applied ? 'applied' : 'skipped';
    const alt = f.alternative ? ` (runner-up: "${f.alternative.replacement}")` : '';
    lines.push(`${r.input.name}:${line}:${column}  "${f.spun}" -> "${f.replacement}"  ${f.confidence.toFixed(2)} ${status}  ${f.rule}${alt}  ${terms}`);
  }
  return lines.join('\n') + '\n';
}
