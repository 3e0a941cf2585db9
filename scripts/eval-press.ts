/**
 * The simulated content-farm spinner on the Brown corpus's press reportage
 * (ca01-ca44, in documents of 25 sentences): the news files every shipped
 * statistic leaves out, so that they can measure how the repair holds on news
 * it was never measured on. Also counts the words changed in the same
 * documents unspun. Run: npx tsx scripts/eval-press.ts (an evaluation only;
 * UNSPIN_EVAL_DISABLE=id,id repairs without those entries, see spun-eval.ts)
 */
import { pressReportageForEvaluation } from './corpora';
import { compileForward } from './simulate-spinner';
import { disabledForEvaluation, evaluateSpun } from './spun-eval';
import { createRepairer } from '../src/repairer';
import { bundledDictionaries } from '../src/bundled';

evaluateSpun('farm-spun press reportage (Brown ca01-ca44)', pressReportageForEvaluation(), compileForward(Object.values(bundledDictionaries())), createRepairer({ unseenSwaps: false, disable: disabledForEvaluation() }), {
  seed: 20261130,
  clean: true,
});
