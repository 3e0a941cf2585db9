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
const synonyms = lazy(() => new PackedTable(data().synonyms, (f) => f.slice(1)));
/** Words that appear as an original in the table: a thesaurus spinner would replace them. */
const replaceableWords = lazy(() => new PackedTable(data().replaceable, () => true));

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

/** What one written word contributes; null when the table knows nothing of it. */
interface WordEvidence {
  logLikelihood: number;
  /** Present when the table lists originals for the word (a candidate unseen swap). */
  hit?: Omit<ThesaurusHit, 'token'>;
}

function wordEvidence(word: string, freq: FrequencyModel, rate: number): WordEvidence | null {
  const originals = synonyms().get(word);
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

/**
 * Per-word evidence, kept for a fixed frequency model and rate: a text's
 * words repeat, and each costs several table lookups. Bounded, so that
 * endless distinct words cannot grow it without end.
 */
export class ThesaurusScorer {
  private readonly cache = new Map<string, WordEvidence | null>();

  constructor(
    private readonly freq: FrequencyModel,
    private readonly rate: number,
    /** false when the frequency model changes between calls (calibration's leave-one-out). */
    private readonly cacheable: boolean,
  ) {}

  word(word: string): WordEvidence | null {
    if (!this.cacheable) return wordEvidence(word, this.freq, this.rate);
    let e = this.cache.get(word);
    if (e === undefined) {
      if (this.cache.size >= 100_000) this.cache.clear();
      this.cache.set(word, (e = wordEvidence(word, this.freq, this.rate)));
    }
    return e;
  }

  /** Evidence of every plain lowercase word outside the candidate spans (names and acronyms are left alone). */
  evidence(tokens: Token[], spans: Array<{ firstToken: number; endToken: number }>): ThesaurusEvidence {
    let logLikelihood = 0;
    const hits: ThesaurusHit[] = [];
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (s < spans.length && spans[s].endToken <= i) s++;
      if (s < spans.length && spans[s].firstToken <= i) continue;
      const t = tokens[i];
      if (t.kind !== 'word' || t.text !== t.norm || !isLowercaseLetters(t.text)) continue;
      const e = this.word(t.norm);
      if (!e) continue;
      logLikelihood += e.logLikelihood;
      const h = e.hit;
      if (h) hits.push({ token: i, wordPerMillion: h.wordPerMillion, originalPerMillion: h.originalPerMillion, share: h.share, originals: h.originals });
    }
    return { logLikelihood, hits };
  }
}

/** /^[a-z]+$/, without the regex machinery. */
function isLowercaseLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return s.length > 0;
}
