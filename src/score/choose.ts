/**
 * Choosing among originals for one span. Several entries can claim the same
 * spun form ("stated" <- said, stated, declared), and an inflected form can be
 * a past or a participle ("penned" <- wrote / written). The participle wins
 * after a form of have/be; otherwise the variant with the best score
 * (spinner share times how well it fits the neighbours, see repairer) wins,
 * and the next one with another wording is reported as the runner-up.
 */
import type { TokenList } from '../text/token-list';
import type { Variant } from '../dictionary/compile';

const PARTICIPLE_CUES = new Set([
  'have', 'has', 'had', 'having', "'ve", 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', "'re", 'get', 'gets', 'got',
]);
const SKIPPABLE = new Set(['not', 'never', 'also', 'already', 'just', 'since', 'recently', 'been', 'all', 'both', 'n\'t']);

/** Is the span preceded by an auxiliary that takes a participle? */
export function afterAuxiliary(tokens: TokenList, firstToken: number): boolean {
  let seen = 0;
  for (let i = firstToken - 1; i >= 0 && seen < 3; i--) {
    const kind = tokens.kind(i);
    if (kind === 'space') continue;
    if (kind !== 'word') return false;
    seen++;
    const norm = tokens.norm(i);
    const w = norm.replace(/^.*'(ve|re|s|d)$/, "'$1");
    if (PARTICIPLE_CUES.has(w) || /n't$/.test(norm) && /^(has|have|had|is|are|was|were|hasn't|haven't|hadn't)/.test(norm)) return true;
    if (!SKIPPABLE.has(norm)) return false;
  }
  return false;
}

export interface Choice {
  best: Variant;
  runnerUp?: Variant;
}

export function chooseVariant(
  variants: Variant[],
  tokens: TokenList,
  firstToken: number,
  score: (v: Variant) => number,
): Choice {
  if (variants.length === 1) return { best: variants[0] };
  let pool = variants;
  const forms = new Set(variants.map((v) => v.form));
  if (forms.has('past') && forms.has('participle')) {
    const want = afterAuxiliary(tokens, firstToken) ? 'participle' : 'past';
    pool = variants.filter((v) => (v.form !== 'past' && v.form !== 'participle') || v.form === want);
  }
  const scored = pool.map((v) => ({ v, score: score(v) }));
  scored.sort((a, b) => b.score - a.score || (a.v.entry.id < b.v.entry.id ? -1 : 1));
  const ranked = scored.map((x) => x.v);
  const best = ranked[0];
  const runnerUp = ranked.find((v) => v.replacement.toLowerCase() !== best.replacement.toLowerCase());
  return { best, runnerUp };
}
