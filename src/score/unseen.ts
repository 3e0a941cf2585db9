/**
 * Unseen swaps: words no dictionary entry covers but that look swapped in a
 * spun document. A word qualifies when the thesaurus lists commoner synonyms
 * for it and, in a thesaurus-spun text, most of its occurrences would be the
 * spinner's (share >= 0.5). The original proposed is the synonym that best
 * fits: how common it is, and how well it fits the neighbouring words.
 *
 * These fixes carry the rule id `unseen/wordnet` and the tag-like switch
 * `unseenSwaps`; their confidence comes from their own fitted weights and is
 * capped below the default threshold (UNSEEN_CAP) unless the caller asks for
 * the uncapped value: the measurements (npm run eval) do not yet justify more.
 */
import type { TokenList } from '../text/token-list';
import type { FrequencyModel } from './frequency';
import type { ScoringParameters } from './parameters';
import type { ThesaurusHit } from './thesaurus';
import { contextEdges, contextEvidence } from './context';
import { sigmoid } from './document';
import type { Evidence } from './confidence';

export const UNSEEN_RULE = 'unseen/wordnet';
/** Unseen-swap confidences stay below the default threshold of 0.5 unless uncapped. */
export const UNSEEN_CAP = 0.45;

export interface UnseenProposal {
  token: number;
  replacement: string;
  runnerUp?: string;
  confidence: number;
  evidence: Evidence;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function proposeUnseen(
  hits: ThesaurusHit[],
  tokens: TokenList,
  freq: FrequencyModel,
  params: ScoringParameters,
  documentSpin: number,
  /** Probability that the text was spun (by any spinner, or a thesaurus spinner if higher): the ceiling (see confidence.ts). */
  textSpun: number,
  survivors: (word: string) => number,
  neighbour: (i: number, dir: 1 | -1) => string | undefined,
  capped: boolean,
): UnseenProposal[] {
  const out: UnseenProposal[] = [];
  for (const hit of hits) {
    if (hit.share < 0.5) continue;
    const word = tokens.norm(hit.token);
    const prev = neighbour(hit.token, -1);
    const next = neighbour(hit.token, 1);
    const ranked = hit.originals
      .map((o) => {
        const context = contextEvidence(freq, prev, next, contextEdges(o, word), params.contextSmoothing).logRatio;
        return { o, context, score: Math.log(freq.perMillion(o)) + context };
      })
      .sort((a, b) => b.score - a.score);
    const best = ranked[0];
    const raw = documentSpin * hit.share;
    let confidence = sigmoid(
      params.unseenBias +
        params.unseenDocumentWeight * logit(documentSpin) +
        params.unseenShareWeight * logit(hit.share) +
        params.unseenContextWeight * best.context,
    );
    confidence = Math.min(confidence, textSpun);
    if (capped) confidence = Math.min(confidence, UNSEEN_CAP);
    out.push({
      token: hit.token,
      replacement: best.o,
      runnerUp: ranked[1]?.o,
      confidence: round(confidence),
      evidence: {
        prior: params.thesaurusRate,
        spunPerMillion: round(hit.wordPerMillion),
        originalPerMillion: round(freq.perMillion(best.o)),
        survival: 1,
        spinnerShare: round(hit.share),
        documentSpin: round(documentSpin),
        neighbours: 0,
        context: round(best.context),
        survivors: survivors(best.o),
        absentOriginals: 0,
        missingNeighbours: 0,
        siblingShare: 0,
        textSpun: round(textSpun),
        raw: round(raw),
      },
    });
  }
  return out;
}
