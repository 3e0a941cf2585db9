/**
 * Evidence from a general thesaurus, for swaps no dictionary entry covers.
 *
 * data/wordnet-synonyms.json lists, for a word a thesaurus spinner may have
 * written ("judicature"), the commoner WordNet synonyms it may have replaced
 * ("court"). Each lowercase word outside the dictionary's candidate spans adds
 * a naive-Bayes log-likelihood ratio, spun vs clean:
 *
 *   log( ((1 - q * isReplaceable) * f_w + q * f_o) / f_w )
 *
 * where f_w is the word's clean rate, f_o the rate of its commonest listed
 * original and q the fitted rate at which a thesaurus spinner swaps a word it
 * knows (`thesaurusRate`). A word that such a spinner would itself replace
 * ("court" standing in the text) counts against spinning.
 */
import table from '../../data/wordnet-synonyms.json';
import type { Token } from '../text/tokenize';
import type { FrequencyModel } from './frequency';
import { fromJson, lazy } from '../data';
import { PackedTable } from '../packed-table';

/** The table as shipped: packed text (see its `format`). */
interface SynonymData {
  synonyms: string;
  replaceable: string;
}
const data = lazy(() => fromJson<SynonymData>(table));
const synonyms = lazy(() => new PackedTable(data().synonyms));
/** Words that appear as an original in the table: a thesaurus spinner would replace them. */
const replaceableWords = lazy(() => new PackedTable(data().replaceable));

/** The word's listed originals, commonest first (a new array each call). */
export function synonymsOf(word: string): string[] | undefined {
  const table = synonyms();
  const at = table.find(word);
  return at < 0 ? undefined : table.fieldsAt(at);
}

export interface ThesaurusHit {
  token: number;
  /** Clean rate of the written word and of its commonest listed original, per million. */
  wordPerMillion: number;
  originalPerMillion: number;
  /** In a thesaurus-spun text, the share of this word's occurrences a spinner produced. */
  share: number;
  originals: string[];
}

/** What one written word contributes; null when the table knows nothing of it. */
export interface ThesaurusWordEvidence {
  logLikelihood: number;
  /** Present when the table lists originals for the word (a candidate unseen swap). */
  hit?: Omit<ThesaurusHit, 'token'>;
}

/**
 * The evidence of one written word (a text's words are walked, and their
 * evidence kept per word, by standing-words.ts).
 */
export function thesaurusWordEvidence(word: string, freq: FrequencyModel, rate: number): ThesaurusWordEvidence | null {
  const originals = synonymsOf(word);
  const isReplaceable = replaceableWords().has(word);
  if (!originals && !isReplaceable) return null;
  const fw = freq.perMillion(word);
  const fo = originals ? freq.perMillion(originals[0]) : 0;
  const produced = rate * fo;
  const surviving = (1 - (isReplaceable ? rate : 0)) * fw;
  const logLikelihood = Math.log(Math.max(1e-9, surviving + produced) / fw);
  if (!originals) return { logLikelihood };
  return { logLikelihood, hit: { wordPerMillion: fw, originalPerMillion: fo, share: produced / (produced + surviving), originals } };
}
