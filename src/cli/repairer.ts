/** Build the repairer a run needs: dictionaries read and checked first. */
import { createRepairer, type Repairer } from '../repairer';
import { loadDictionaryFile } from './dictionaries';
import type { Settings } from './settings';

export function repairerFor(settings: Settings): Repairer {
  const dictionaries = settings.dictionaries.map(loadDictionaryFile);
  return createRepairer({
    dictionaries,
    bundled: settings.bundled,
    disable: settings.disable,
    disableTags: settings.disableTags,
    minConfidence: settings.minConfidence,
    minPrior: settings.minPrior,
    unseenSwaps: settings.unseenSwaps === 'off' ? false : settings.unseenSwaps === 'uncapped' ? 'uncapped' : true,
  });
}
