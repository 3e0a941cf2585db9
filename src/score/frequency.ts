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
  /** Occurrences per million words in clean text (never zero: unseen forms are smoothed). */
  perMillion(key: string): number;
}

export interface FrequencyData {
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
  /**
   * @param leaveOut Brown counts to subtract (calibration leaves each
   *   document's own file out of the rates it is scored with).
   */
  constructor(
    private readonly data: FrequencyData,
    public leaveOut?: Map<string, number>,
  ) {}

  perMillion(key: string): number {
    return key.includes(' ') ? this.phraseRate(key) : this.wordRate(key);
  }

  private wordRate(word: string): number {
    const d = this.data;
    const [brownAll, subtlex] = d.words[word] ?? [0, 0];
    const brown = Math.max(0, brownAll - (this.leaveOut?.get(word) ?? 0));
    // Brown is edited prose of 1961; SUBTLEX is recent but spoken. Average the two rates.
    const brownRate = ((brown + SMOOTHING) / d.brownTokens) * 1e6;
    const subtlexRate = ((subtlex + SMOOTHING) / d.subtlexTokens) * 1e6;
    return (brownRate + subtlexRate) / 2;
  }

  /**
   * A phrase seen in Brown gets its counted rate. An unseen phrase is not as
   * common as half a count: its rate is estimated as if its words were
   * independent (so "got here up quick", four words of which one is rare,
   * comes out far rarer than "came up short"), capped at half a count.
   */
  private phraseRate(phrase: string): number {
    const d = this.data;
    const count = Math.max(0, (d.phrases[phrase] ?? 0) - (this.leaveOut?.get(phrase) ?? 0));
    if (count > 0) return ((count + SMOOTHING) / d.brownTokens) * 1e6;
    let independent = 1e6;
    for (const w of phrase.split(' ')) independent *= this.wordRate(w) / 1e6;
    return Math.min(independent, (SMOOTHING / d.brownTokens) * 1e6);
  }
}

let shared: CorpusFrequencies | undefined;
export function defaultFrequencies(): FrequencyModel {
  return (shared ??= new CorpusFrequencies(data as unknown as FrequencyData));
}
