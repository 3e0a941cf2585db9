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
  if (hasForm(variants, 'past') && hasForm(variants, 'participle')) {
    const want = afterAuxiliary(tokens, firstToken) ? 'participle' : 'past';
    pool = variants.filter((v) => (v.form !== 'past' && v.form !== 'participle') || v.form === want);
  }
  const scores = pool.map(score);
  if (pool.length >= SORTED_BY_INSERTION || scores.some(Number.isNaN)) return bySorting(pool, scores);
  // Ranked as the sort below ranks them, found in one pass each: the best, then the best with another
  // wording. No object per variant, sorted copy or Set (together a tenth of what a repair allocated).
  const before = (i: number, j: number) => scores[i] > scores[j] || (scores[i] === scores[j] && pool[i].entry.id < pool[j].entry.id);
  let b = 0;
  for (let i = 1; i < pool.length; i++) if (before(i, b)) b = i;
  const wording = pool[b].replacement.toLowerCase();
  let r = -1;
  for (let i = 0; i < pool.length; i++) if (pool[i].replacement.toLowerCase() !== wording && (r < 0 || before(i, r))) r = i;
  return { best: pool[b], runnerUp: r < 0 ? undefined : pool[r] };
}

/**
 * Below this many, V8 sorts an array by binary insertion, which keeps the
 * order of variants the comparator ranks alike (equal score, same entry): the
 * order the one-pass choice above keeps too. Longer pools, or a score that is
 * NaN (which the comparator does not order), are sorted as they always were.
 */
const SORTED_BY_INSERTION = 32;

function bySorting(pool: Variant[], scores: number[]): Choice {
  const scored = pool.map((v, i) => ({ v, score: scores[i] }));
  scored.sort((a, b) => b.score - a.score || (a.v.entry.id < b.v.entry.id ? -1 : 1));
  const ranked = scored.map((x) => x.v);
  const best = ranked[0];
  const runnerUp = ranked.find((v) => v.replacement.toLowerCase() !== best.replacement.toLowerCase());
  return { best, runnerUp };
}

function hasForm(variants: Variant[], form: string): boolean {
  for (const v of variants) if (v.form === form) return true;
  return false;
}
