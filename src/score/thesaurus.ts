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

const synonyms = lazy(() => new Map(Object.entries(fromJson<{ synonyms: Record<string, string[]> }>(table).synonyms)));
/** Words that appear as an original in the table: a thesaurus spinner would replace them. */
const replaceableWords = lazy(() => {
  const out = new Set<string>();
  for (const list of synonyms().values()) for (const o of list) out.add(o);
  return out;
});

export function synonymsOf(word: string): string[] | undefined {
  return synonyms().get(word);
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

export interface ThesaurusEvidence {
  logLikelihood: number;
  hits: ThesaurusHit[];
}

/** Words that can carry thesaurus evidence: lowercase letters only (names and acronyms are left alone). */
const isPlainWord = (t: Token) => t.kind === 'word' && /^[a-z]+$/.test(t.text);

export function thesaurusEvidence(
  tokens: Token[],
  spans: Array<{ firstToken: number; endToken: number }>,
  freq: FrequencyModel,
  rate: number,
): ThesaurusEvidence {
  const known = replaceableWords();
  const table = synonyms();
  let logLikelihood = 0;
  const hits: ThesaurusHit[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < spans.length && spans[s].endToken <= i) s++;
    if (s < spans.length && spans[s].firstToken <= i) continue;
    const t = tokens[i];
    if (!isPlainWord(t)) continue;
    const originals = table.get(t.norm);
    const isReplaceable = known.has(t.norm);
    if (!originals && !isReplaceable) continue;
    const fw = freq.perMillion(t.norm);
    const fo = originals ? freq.perMillion(originals[0]) : 0;
    const produced = rate * fo;
    const surviving = (1 - (isReplaceable ? rate : 0)) * fw;
    logLikelihood += Math.log(Math.max(1e-9, surviving + produced) / fw);
    if (originals) hits.push({ token: i, wordPerMillion: fw, originalPerMillion: fo, share: produced / (produced + surviving), originals });
  }
  return { logLikelihood, hits };
}
