/**
 * The simulated content-farm spinner on the Brown corpus's press reportage
 * (ca01-ca44, in documents of 25 sentences): the news files every shipped
 * statistic leaves out, so that they can measure how the repair holds on news
 * it was never measured on. Also counts the words changed in the same
 * documents unspun. Run: npx tsx scripts/eval-press.ts (an evaluation only)
 */
import { pressReportageForEvaluation } from './corpora';
import { compileForward } from './simulate-spinner';
import { evaluateSpun } from './spun-eval';
import { createRepairer } from '../src/repairer';
import { bundledDictionaries } from '../src/bundled';

evaluateSpun('farm-spun press reportage (Brown ca01-ca44)', pressReportageForEvaluation(), compileForward(Object.values(bundledDictionaries())), createRepairer({ unseenSwaps: false }), {
  seed: 20261130,
  clean: true,
});
