/**
 * The report for people: `file:line:col  spun -> original  confidence  rule`,
 * one line per fix, coloured only when stdout is a terminal and NO_COLOR is
 * not set (or FORCE_COLOR is).
 */
import pc from 'picocolors';
import { placeFixes, type FileResult } from './types';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(stream: NodeJS.WriteStream, override?: boolean): Colors {
  const env = process.env;
  const enabled =
    override ?? (env.NO_COLOR ? false : env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : Boolean(stream.isTTY) && env.TERM !== 'dumb');
  return pc.createColors(enabled);
}

export function formatReport(results: FileResult[], c: Colors): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of placeFixes(r)) {
      const where = c.bold(`${r.name}:${f.line}:${f.column}`);
      const change = `${c.red(f.spun.replace(/\s+/g, ' '))} -> ${c.green(f.replacement)}`;
      const conf = f.confidence.toFixed(2);
      const status = f.applied ? '' : c.dim('  (below threshold)');
      lines.push(`${where}  ${change}  ${conf}  ${c.dim(f.rule)}${status}`);
    }
    if (r.writeError) lines.push(`${c.bold(r.name)}  ${c.red(r.writeError)}`);
  }
  return lines.map((l) => l + '\n').join('');
}
