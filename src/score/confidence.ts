/**
 * A fix's confidence, from named evidence.
 *
 *   confidence = sigmoid(bias + documentWeight * logit(documentSpin) + shareWeight * logit(spinnerShare)
 *                        + neighbourWeight * log1p(neighbours) + contextWeight * context
 *                        + survivorWeight * log1p(survivors)
 *                        + missingNeighbourWeight * missingNeighbours
 *                        + siblingWeight * siblingOdds(siblingShare)
 *                        + absenceWeight * absentOriginals),
 *   at most textSpun
 *
 * documentSpin is the probability the text was spun by a spinner of the kind
 * the dictionaries model; spinnerShare the share of this spun form's
 * occurrences that such a spinner produced from the original.
 *
 * `neighbours` counts strong fingerprints (spun forms at least ten times
 * likelier in spun than in clean text) within a window around the span: local
 * evidence that this passage, not just the page, was spun. `context` is the
 * log ratio of how well the neighbouring words fit the original rather than
 * the spun form (src/score/context.ts). `survivors` counts the original left
 * standing elsewhere in the text (src/score/survivors.ts); `absentOriginals`,
 * where none is, how many the text would hold if nothing had replaced them
 * (the original's clean-text rate times the text's length, at most
 * MAX_ABSENT_ORIGINALS): a spinner replaces every match, so a common original
 * that never appears in a long text was probably replaced; `siblingShare` the
 * spinner share of the same swap elsewhere in it (src/score/siblings.ts). The weights are
 * fitted by scripts/calibrate.ts (data/calibration.json).
 *
 * A fix can be right only in a text that was spun, so its confidence never
 * exceeds `textSpun`, the probability that the text was spun: the higher of
 * the estimates of the document models (src/score/document.ts) for any
 * spinner and for the kind that makes the fix (the dictionaries' kind here;
 * the thesaurus kind for unseen-swap proposals, src/score/unseen.ts).
 * The fitted sum alone let a form that is almost never left standing in spun
 * text ("passed away", which a spinner turns into "handed away") outweigh a
 * clean document: "She passed away at home" became "She died at home" at
 * 0.57 in a text whose spin score was 0.006. Measured with the ceiling
 * (npm run eval, npm run calibrate): clean news 23 words changed -> 0 in
 * 289,571; held-out Brown clean text 0.09 -> 0.02 fixes per 1,000, spun
 * Brown 0.702 of swaps undone net (unchanged), afghan-a ERR 0.8101
 * (unchanged), modern news 0.762 (unchanged). Held-out expected calibration
 * error 0.0054 -> 0.0087 for dictionary fixes (those in thesaurus-spun texts
 * are now underconfident), 0.0053 -> 0.0071 for unseen swaps. Taking the
 * thesaurus model's estimate as the ceiling of dictionary fixes too kept that
 * error at 0.0046 but let 10 words of clean news change: terse news reads as
 * thesaurus-spun to that model.
 */
import { sigmoid } from './document';
import type { ScoringParameters } from './parameters';
import type { VariantStats } from './variant-stats';

/** A spun form counts as a strong fingerprint when it is ten times likelier in spun text. */
export const STRONG_FINGERPRINT = Math.log(10);
/** Bound on absentOriginals: a few missing occurrences already say what many would. */
export const MAX_ABSENT_ORIGINALS = 5;
/** Half-width, in content tokens, of the window searched for neighbouring fingerprints. */
export const NEIGHBOUR_WINDOW = 20;

export interface Evidence {
  /** The entry's prior (author's belief that the spun form came from this original). */
  prior: number;
  /** Clean-text rate of the spun form, per million words (measured). */
  spunPerMillion: number;
  /** Clean-text rate of the original form, per million words (measured). */
  originalPerMillion: number;
  /** Share of the spun form's clean occurrences a spinner would leave standing (1 - how surely it replaces the form itself). */
  survival: number;
  /** Share of this form's occurrences in spun text that a spinner produced from the original. */
  spinnerShare: number;
  /** Probability that the document was spun by a spinner of the kind this evidence models. */
  documentSpin: number;
  /** Strong fingerprints within the local window (local context). */
  neighbours: number;
  /** log ratio: how much better the neighbouring words fit the original than the spun form (0: abstained). */
  context: number;
  /** Times the original itself occurs elsewhere in the text (a spinner would have replaced it). */
  survivors: number;
  /** Where no original survives: how many the text would hold at the original's clean-text rate (0 when some survive). */
  absentOriginals: number;
  /** 1 when the entry asks for neighbours (before, after) that are not next to the span, else 0. */
  missingNeighbours: number;
  /** Probability that the text was spun (by any spinner, or by the fix's kind if higher): the ceiling of the confidence. */
  textSpun: number;
  /** Highest spinner share of the same word swap elsewhere in the text (0: none there). */
  siblingShare: number;
  /** documentSpin * spinnerShare: the probability before calibration and local evidence. */
  raw: number;
}

const clampProb = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
const logit = (p: number) => Math.log(clampProb(p) / (1 - clampProb(p)));

/** The named terms a confidence is computed from. */
export interface ConfidenceInputs {
  stats: VariantStats;
  prior: number;
  documentSpin: number;
  neighbours: number;
  context: number;
  survivors: number;
  /** Content tokens in the text (for absentOriginals). */
  textWords: number;
  missingNeighbours: number;
  siblingShare: number;
  textSpun: number;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The sibling term's scale: the log-odds of the sibling's share, from 0 (none, or no better than even) to 10. */
export const siblingOdds = (share: number) => Math.min(10, Math.max(0, logit(share)));

/** How many originals a text of `textWords` would hold at the original's rate, where none survives (else 0). */
export function absentOriginals(stats: VariantStats, survivors: number, textWords: number): number {
  return survivors > 0 ? 0 : Math.min(MAX_ABSENT_ORIGINALS, (stats.originalPerMillion * textWords) / 1e6);
}

/** The calibrated probability that the fix is right, rounded to 4 places. */
export function confidenceOf(x: ConfidenceInputs, params: ScoringParameters): number {
  const absent = absentOriginals(x.stats, x.survivors, x.textWords);
  return confidenceFrom(x.documentSpin, x.stats.spinnerShare, x.neighbours, x.context, x.survivors, x.missingNeighbours, x.siblingShare, absent, x.textSpun, params);
}

function confidenceFrom(
  documentSpin: number,
  spinnerShare: number,
  neighbours: number,
  context: number,
  survivors: number,
  missingNeighbours: number,
  siblingShare: number,
  absent: number,
  textSpun: number,
  params: ScoringParameters,
): number {
  const z =
    params.confidenceBias +
    params.documentWeight * logit(documentSpin) +
    params.shareWeight * logit(spinnerShare) +
    params.neighbourWeight * Math.log1p(neighbours) +
    params.contextWeight * context +
    params.survivorWeight * Math.log1p(survivors) +
    params.missingNeighbourWeight * missingNeighbours +
    params.siblingWeight * siblingOdds(siblingShare) +
    params.absenceWeight * absent;
  return round(Math.min(sigmoid(z), textSpun));
}

/** The highest confidence any fix can have in a text spun with probability `textSpun`: its ceiling, rounded as confidences are. */
export function confidenceCeiling(textSpun: number): number {
  return round(textSpun);
}

/**
 * The highest confidence a fix could reach whatever its context and
 * survivor terms turn out to be (context is bounded by `maxContext`,
 * survivors by `maxSurvivors`): a candidate whose bound is below the
 * threshold can be passed over without computing them.
 */
export function confidenceBound(
  x: Omit<ConfidenceInputs, 'context' | 'survivors' | 'prior'>,
  params: ScoringParameters,
  maxContext: number,
  maxSurvivors: number,
): number {
  const context = params.contextWeight >= 0 ? maxContext : -maxContext;
  const survivors = params.survivorWeight > 0 ? maxSurvivors : 0;
  // With no survivor the absence term is at its largest (it is 0 once one survives).
  const absent = params.absenceWeight > 0 ? absentOriginals(x.stats, 0, x.textWords) : 0;
  return confidenceFrom(x.documentSpin, x.stats.spinnerShare, x.neighbours, context, survivors, x.missingNeighbours, x.siblingShare, absent, x.textSpun, params);
}

/** The evidence reported with a fix (built only for fixes that are reported). */
export function evidenceOf(x: ConfidenceInputs): Evidence {
  return {
    prior: x.prior,
    spunPerMillion: round(x.stats.spunPerMillion),
    originalPerMillion: round(x.stats.originalPerMillion),
    survival: round(x.stats.survival),
    spinnerShare: round(x.stats.spinnerShare),
    documentSpin: round(x.documentSpin),
    neighbours: x.neighbours,
    context: round(x.context),
    survivors: x.survivors,
    absentOriginals: round(absentOriginals(x.stats, x.survivors, x.textWords)),
    missingNeighbours: x.missingNeighbours,
    siblingShare: round(x.siblingShare),
    textSpun: round(x.textSpun),
    raw: round(x.documentSpin * x.stats.spinnerShare),
  };
}
