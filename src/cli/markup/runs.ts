/**
 * Repairing a marked-up document (HTML, Markdown) through its text runs.
 *
 * A parser hands us the source ranges of the prose (text nodes); everything
 * else (tags, attributes, code, URLs) is never offered for repair. The runs
 * are joined, one newline apart, into a single text that the repairer scores
 * as one document: the spin score and the neighbouring-fingerprint evidence
 * see the whole page, not one run at a time. Each fix is then mapped back to
 * its run's source offsets; a fix that would cross a run boundary (and so a
 * tag), or touch a URL or a character reference, is dropped.
 */
import type { Fix, RepairCallOptions, RepairResult, Repairer } from '../../repairer';
import { splice } from '../../apply/splice';

export interface TextRun {
  /** Source offsets of the run's raw text. */
  start: number;
  end: number;
  /** Inside an unspin-disable region: read for context, never changed. */
  frozen?: boolean;
}

/** URLs, e-mail addresses and character references inside prose are left alone. */
const UNTOUCHABLE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

interface Placed {
  joinedStart: number;
  run: TextRun;
}

export function repairRuns(repairer: Repairer, source: string, runs: TextRun[], call: RepairCallOptions): RepairResult {
  const placed: Placed[] = [];
  let joined = '';
  for (const run of runs) {
    if (run.end <= run.start || !/\S/.test(source.slice(run.start, run.end))) continue;
    if (joined.length > 0) joined += '\n';
    placed.push({ joinedStart: joined.length, run });
    joined += source.slice(run.start, run.end);
  }
  const result = repairer.repair(joined, call);
  const fixes: Fix[] = [];
  for (const fix of result.fixes) {
    const p = runAt(placed, fix.start);
    if (!p || p.run.frozen) continue;
    const length = p.run.end - p.run.start;
    const from = fix.start - p.joinedStart;
    const to = fix.end - p.joinedStart;
    if (to > length) continue;
    const start = p.run.start + from;
    const end = p.run.start + to;
    if (touchesUntouchable(source, p.run, start, end)) continue;
    fixes.push({ ...fix, start, end });
  }
  return { text: splice(source, fixes.filter((f) => f.applied)), fixes, spinScore: result.spinScore };
}

function runAt(placed: Placed[], offset: number): Placed | undefined {
  let lo = 0;
  let hi = placed.length - 1;
  let found: Placed | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].joinedStart <= offset) {
      found = placed[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function touchesUntouchable(source: string, run: TextRun, start: number, end: number): boolean {
  const text = source.slice(run.start, run.end);
  for (const m of text.matchAll(UNTOUCHABLE)) {
    const a = run.start + m.index!;
    const b = a + m[0].length;
    if (a < end && start < b) return true;
  }
  return false;
}

/** `<!-- unspin-disable -->` and `<!-- unspin-enable -->` comments. */
export const DISABLE_COMMENT = /<!--\s*unspin-disable\s*-->/;
export const ENABLE_COMMENT = /<!--\s*unspin-enable\s*-->/;

/** Mark the runs that start inside [from, to) ranges as frozen. */
export function freeze(runs: TextRun[], ranges: Array<[number, number]>): TextRun[] {
  if (ranges.length === 0) return runs;
  return runs.map((r) => (ranges.some(([a, b]) => r.start >= a && r.start < b) ? { ...r, frozen: true } : r));
}
