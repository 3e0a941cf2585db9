/**
 * GitHub Actions workflow commands: one `::warning` annotation per fix (a
 * `::notice` for fixes below the threshold, listed with --all), shown on the
 * pull request's changed lines.
 */
import { placeFixes, type FileResult } from './types';

/** Escaping rules of workflow commands: data and property values differ. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of placeFixes(r)) {
      const level = f.applied ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(r.path ?? r.name)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`unspin ${f.rule}`)}`,
      ].join(',');
      const message = `"${f.spun}" looks spun; original: "${f.replacement}" (confidence ${f.confidence.toFixed(2)})`;
      lines.push(`::${level} ${props}::${escapeData(message)}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}
