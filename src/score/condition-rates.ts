/**
 * Rates where an entry's conditions hold.
 *
 * An entry with context conditions fires on only some occurrences of its
 * spun form: "inside" -> "within" only before "days", "hours", "two" and the
 * like, "exchange" -> "replace" never after "the", "a" or "stock". The
 * clean-text rate that says how unusual the spun form is should then count
 * only the occurrences where the entry would fire, and the original's rate
 * only the occurrences in the same company: "inside" stands before a time
 * word in none of its 169 Brown occurrences, "within" in 44 of 338, so a
 * spun "inside days" is far likelier than the bare word rates say.
 *
 * The build (scripts/condition-counts.ts, run by scripts/build-data.ts)
 * counts, on Brown without ca01-ca44, every occurrence of each conditioned
 * entry's spun and original forms and those where its conditions hold. The
 * scorer multiplies each rate by the share that held, smoothed towards the
 * entry's pooled share (all its forms, both sides) with the weight of one
 * occurrence (CONDITION_SMOOTHING): a form Brown saw seldom or never is taken
 * to stand in the entry's company as often as its forms do on the whole, so
 * that its rate is neither kept whole nor cut against the other side's
 * measured one. The counts belong to the conditions they were measured
 * with: each line records a signature of the entry's `context`, and an entry
 * whose conditions differ (a user's override of a bundled id) is rated as
 * before, on the bare word rates.
 */
import type { ContextConditions } from '../dictionary/schema';

/** Weight, in occurrences, of the entry's pooled share in each form's share. */
export const CONDITION_SMOOTHING = 1;

/** A count line: one form of the spun side, one of the original side, or all of an entry's forms pooled. */
export type ConditionSide = 'spun' | 'original' | 'pooled';

const SIDE_TAG: Record<ConditionSide, string> = { spun: 's', original: 'o', pooled: 'p' };

/** The key of a count line: side, entry id and normalised form (empty for the pooled line). */
export const conditionKey = (side: ConditionSide, entryId: string, form: string): string => `${SIDE_TAG[side]}|${entryId}|${form}`;

/** The entry's pooled share, with one holding and one failing pseudo-occurrence. */
export const pooledShare = (held: number, all: number): number => (held + 1) / (all + 2);

/** Share of a form's occurrences where the conditions hold, smoothed towards the entry's pooled share. */
export const heldShare = (held: number, all: number, pooled: number): number => (held + CONDITION_SMOOTHING * pooled) / (all + CONDITION_SMOOTHING);

/** Signatures by conditions object: the inflected variants of an entry share one. */
const signatures = new WeakMap<ContextConditions, string>();

/** A short, stable signature of an entry's conditions (FNV-1a over their JSON), in hex. */
export function contextSignature(context: ContextConditions | undefined): string {
  if (context === undefined) return fnv1a('');
  let signature = signatures.get(context);
  if (signature === undefined) signatures.set(context, (signature = fnv1a(JSON.stringify(context))));
  return signature;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
