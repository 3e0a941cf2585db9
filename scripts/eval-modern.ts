/**
 * The simulated content-farm spinner on modern news: the clean news of
 * ../shared/corpus (Wikipedia current events, 25-line articles) spun with our
 * entries, then repaired (scripts/spun-eval.ts).
 * Run: npx tsx scripts/eval-modern.ts   (needs ../shared; an evaluation only:
 * nothing shipped is fitted on this text, which is not permissively licensed)
 *
 * Calibration and scripts/coverage.ts spin Brown prose of 1961, the corpus the
 * clean-text statistics come from; this shows how the same measures hold on
 * text of the kind users bring.
 */
import { modernNews } from './modern-news';
import { evaluateSpun } from './spun-eval';

const { docs, forward, repairer } = modernNews('eval-modern');
evaluateSpun('farm-spun modern news', docs, forward, repairer, { seed: 20261130 });
