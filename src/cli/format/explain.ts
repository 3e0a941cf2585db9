/** One line per fix with its evidence, for --explain (stderr). */
import { placeFixes, type FileResult } from './types';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4).replace(/0+$/, ''));

export function formatExplain(r: FileResult): string {
  const lines = [`${r.name}: spin score ${r.result.spinScore}`];
  for (const f of placeFixes(r)) {
    const terms = Object.entries(f.evidence).map(([k, v]) => `${k}=${fmt(v)}`).join(' ');
    const status = f.applied ? 'applied' : 'skipped';
    const alt = f.alternative ? ` (runner-up: "${f.alternative.replacement}")` : '';
    lines.push(`${r.name}:${f.line}:${f.column}  "${f.spun}" -> "${f.replacement}"  ${f.confidence.toFixed(2)} ${status}  ${f.rule}${alt}  ${terms}`);
  }
  return lines.join('\n') + '\n';
}
