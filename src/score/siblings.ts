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

const mappingOfVariant = new WeakMap<Variant, string>();

/** The word swap a variant stands for (see above), as "spun>original". */
export function swapKey(v: Variant): string {
  let key = mappingOfVariant.get(v);
  if (key === undefined) {
    mappingOfVariant.set(v, (key = wordSwap(v.spunKey, v.originalKey)));
  }
  return key;
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

/**
 * For each occurrence (its swap key and spinner share), the highest share
 * among the other occurrences with the same key; 0 where there are none.
 */
export function siblingShares(keys: string[], shares: number[]): number[] {
  // The best and second-best share per key: an occurrence's siblings' best is the
  // key's best, unless it is that best itself, when it is the second.
  const best = new Map<string, [number, number, number]>(); // [best share, its index, second share]
  for (let i = 0; i < keys.length; i++) {
    const b = best.get(keys[i]);
    if (b === undefined) best.set(keys[i], [shares[i], i, 0]);
    else if (shares[i] > b[0]) best.set(keys[i], [shares[i], i, b[0]]);
    else if (shares[i] > b[2]) b[2] = shares[i];
  }
  return keys.map((k, i) => {
    const b = best.get(k) as [number, number, number];
    return b[1] === i ? b[2] : b[0];
  });
}
