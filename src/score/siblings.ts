/**
 * Evidence from the same swap elsewhere in the text.
 *
 * A spinner's table is fixed for a page: when it holds "special" ->
 * "particular", every "special" becomes "particular". So where one
 * "particular" is surely spun ("particular envoy", a form clean text never
 * shows), another "particular" in the same page probably is too. This is the
 * positive counterpart of the survivors term (an original left standing says
 * the table lacks the swap).
 *
 * Occurrences are grouped by the word swap they stand for: for a one-word form
 * the form and its original ("particular" > "special"); for a phrase that
 * differs from its original in one word, that word pair ("particular envoy" ->
 * "special envoy" is "particular" > "special" too); for any other phrase the
 * whole pair. Each occurrence gets the highest spinner share (spinnerShare,
 * src/score/variant-stats.ts: before context and document terms) among the
 * OTHER occurrences of its group, 0 when it has none.
 */
import type { Variant } from '../dictionary/compile';

/** The word swap a variant stands for (see above), as "spun>original"; kept on the variant. */
export function swapKey(v: Variant): string {
  if (v.swap === undefined) v.swap = wordSwap(v.spunKey, v.originalKey);
  return v.swap;
}

function wordSwap(spun: string, original: string): string {
  if (spun.indexOf(' ') >= 0 && original.indexOf(' ') >= 0) {
    const s = spun.split(' ');
    const o = original.split(' ');
    if (s.length === o.length) {
      let differ = -1;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === o[i]) continue;
        if (differ >= 0) return `${spun}>${original}`;
        differ = i;
      }
      if (differ >= 0) return `${s[differ]}>${o[differ]}`;
    }
  }
  return `${spun}>${original}`;
}

/** What siblingShares needs of an occurrence: the variant chosen for it and its spinner share. */
export interface Occurrence {
  best: Variant;
  stats: { spinnerShare: number };
}

/**
 * For each occurrence, the highest spinner share among the other occurrences
 * of its swap; 0 where there are none.
 */
export function siblingShares(occurrences: Occurrence[]): Float64Array {
  const n = occurrences.length;
  const out = new Float64Array(n);
  // Per swap, the index of its best occurrence; per best occurrence, the runner-up's share.
  // An occurrence's siblings' best is its swap's best, unless it is that best itself.
  const bestOf = new Map<string, number>();
  const keys: string[] = new Array(n);
  const second = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = (keys[i] = swapKey(occurrences[i].best));
    const share = occurrences[i].stats.spinnerShare;
    const b = bestOf.get(key);
    if (b === undefined) bestOf.set(key, i);
    else if (share > occurrences[b].stats.spinnerShare) {
      second[i] = occurrences[b].stats.spinnerShare;
      bestOf.set(key, i);
    } else if (share > second[b]) second[b] = share;
  }
  for (let i = 0; i < n; i++) {
    const b = bestOf.get(keys[i]) as number;
    out[i] = b === i ? second[i] : occurrences[b].stats.spinnerShare;
  }
  return out;
}
