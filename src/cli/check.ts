/**
 * The CI verdict. `--check` fails when any fix at or above the threshold
 * remains; `--max-fixes N` allows up to N of them (and implies a check);
 * `--fail-on-spin-score S` fails when any input's spin score is S or more.
 */
import type { CliOptions } from './options';
import { plural } from './format/types';

export interface Tally {
  files: number;
  fixes: number;
  /** Highest spin score, and where. */
  maxSpin: number;
  maxSpinName: string;
}

/** The reasons the run fails the check (empty: it passes). */
export function verdict(tally: Tally, opts: Pick<CliOptions, 'check' | 'maxFixes' | 'failOnSpinScore' | 'minConfidence'>, threshold: number): string[] {
  const reasons: string[] = [];
  const limit = opts.maxFixes ?? (opts.check ? 0 : undefined);
  if (limit !== undefined && tally.fixes > limit) {
    reasons.push(`${plural(tally.fixes, 'fix', 'fixes')} at or above confidence ${threshold}${limit > 0 ? ` (more than --max-fixes ${limit})` : ''}`);
  }
  if (opts.failOnSpinScore !== undefined && tally.maxSpin >= opts.failOnSpinScore) {
    reasons.push(`${tally.maxSpinName} has spin score ${tally.maxSpin} (at least --fail-on-spin-score ${opts.failOnSpinScore})`);
  }
  return reasons;
}

export const isChecking = (opts: Pick<CliOptions, 'check' | 'maxFixes' | 'failOnSpinScore'>) =>
  opts.check || opts.maxFixes !== undefined || opts.failOnSpinScore !== undefined;
