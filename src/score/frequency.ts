/**
 * How common a word or phrase is in clean English, per million words.
 *
 * Measured at build time by scripts/build-data.mjs on permissively licensed
 * corpora (Brown corpus without its press reportage files ca01-ca44, which
 * are kept for evaluation; SUBTLEX-US word counts) and shipped in
 * data/frequencies.json. See that file's header for sources and licences.
 */
import data from '../../data/frequencies.json';

export interface FrequencyModel {
  /**
   * Occurrences per million words in clean text, or null when the phrase was
   * never measured (a multiword form that only a user's dictionary has).
   */
  perMillion(key: string): number | null;
}

interface FrequencyData {
  brownTokens: number;
  subtlexTokens: number;
  /** word -> [Brown count, SUBTLEX count] */
  words: Record<string, [number, number]>;
  /** multiword phrase -> Brown count */
  phrases: Record<string, number>;
}

/** Half a count: the smoothing that keeps an unseen form's rate above zero. */
const SMOOTHING = 0.5;

export class CorpusFrequencies implements FrequencyModel {
  constructor(private readonly data: FrequencyData) {}

  perMillion(key: string): number | null {
    const d = this.data;
    if (!key.includes(' ')) {
      const [brown, subtlex] = d.words[key] ?? [0, 0];
      // Brown is edited prose of 1961; SUBTLEX is recent but spoken. Average the two rates.
      const brownRate = ((brown + SMOOTHING) / d.brownTokens) * 1e6;
      const subtlexRate = ((subtlex + SMOOTHING) / d.subtlexTokens) * 1e6;
      return (brownRate + subtlexRate) / 2;
    }
    const count = d.phrases[key];
    if (count === undefined) return null;
    return ((count + SMOOTHING) / d.brownTokens) * 1e6;
  }
}

let shared: CorpusFrequencies | undefined;
export function defaultFrequencies(): FrequencyModel {
  return (shared ??= new CorpusFrequencies(data as unknown as FrequencyData));
}
