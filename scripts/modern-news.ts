/**
 * The setting shared by the scripts that run the simulated content-farm
 * spinner over the clean news of ../shared/corpus (eval-modern.ts,
 * review-offenders.ts): the articles, the spinner's table (our entries run
 * forwards) and a repairer without unseen swaps. Exits quietly when
 * ../shared is not there. An evaluation only: nothing is fitted on that text.
 */
import { sharedCleanNews } from './corpora';
import { compileForward } from './simulate-spinner';
import { disabledForEvaluation } from './spun-eval';
import { createRepairer } from '../src/repairer';
import { bundledDictionaries } from '../src/bundled';

export function modernNews(script: string) {
  const docs = sharedCleanNews();
  if (!docs) {
    console.log(`${script}: ../shared/corpus is not here; nothing to do.`);
    process.exit(0);
  }
  return {
    docs,
    forward: compileForward(Object.values(bundledDictionaries())),
    repairer: createRepairer({ unseenSwaps: false, disable: disabledForEvaluation() }),
  };
}
