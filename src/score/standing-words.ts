/**
 * What the words outside the candidate spans say about a text, in one pass:
 *  - originals left standing (a spinner replaces every match of its table, so
 *    each one counts against spinning: log(1 - q) per word, see document.ts);
 *  - the general thesaurus's evidence for words no entry covers (thesaurus.ts).
 * Both are per-word facts, so they are kept per word (bounded) and a word
 * costs one lookup however often it recurs.
 */
import type { Token } from '../text/tokenize';
import type { FrequencyModel } from './frequency';
import { thesaurusWordEvidence, type ThesaurusHit, type ThesaurusWordEvidence } from './thesaurus';

export interface StandingEvidence {
  /** Summed log-likelihood ratio (spun vs clean) of the thesaurus evidence. */
  thesaurusLogLikelihood: number;
  /** Words a thesaurus spinner may have written, with their candidate originals. */
  thesaurusHits: ThesaurusHit[];
  /** Words standing that some entry restores (a spinner would have replaced them). */
  originalsSeen: number;
  /** Their summed log-likelihood ratio, sum of log(1 - q). */
  originalsLogLikelihood: number;
}

interface WordFacts {
  /** log(1 - q) when some entry restores the word, else 0 (q: how surely a spinner replaces it). */
  standing: number;
  thesaurus: ThesaurusWordEvidence | null;
}

/** At most this many words' facts are kept; then the cache starts again. */
const CACHE_SIZE = 100_000;

export class StandingWords {
  private readonly cache = new Map<string, WordFacts>();

  constructor(
    private readonly freq: FrequencyModel,
    /** Rate at which a thesaurus spinner swaps a word it knows (fitted). */
    private readonly thesaurusRate: number,
    private readonly originalPriors: Map<string, number>,
    private readonly coverage: number,
    /** false when the frequency model changes between calls (calibration's leave-one-out). */
    private readonly cacheable: boolean,
  ) {}

  private facts(norm: string): WordFacts {
    let f = this.cacheable ? this.cache.get(norm) : undefined;
    if (f === undefined) {
      const prior = this.originalPriors.get(norm);
      f = {
        standing: prior ? Math.log(1 - Math.min(prior * this.coverage, 0.99)) : 0,
        thesaurus: thesaurusWordEvidence(norm, this.freq, this.thesaurusRate),
      };
      if (this.cacheable) {
        if (this.cache.size >= CACHE_SIZE) this.cache.clear();
        this.cache.set(norm, f);
      }
    }
    return f;
  }

  /**
   * The evidence of every word outside the spans. The thesaurus counts plain
   * lowercase words only (names and acronyms are left alone); standing
   * originals count whatever their case.
   */
  evidence(tokens: Token[], spans: Array<{ firstToken: number; endToken: number }>): StandingEvidence {
    const out: StandingEvidence = { thesaurusLogLikelihood: 0, thesaurusHits: [], originalsSeen: 0, originalsLogLikelihood: 0 };
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (s < spans.length && spans[s].endToken <= i) s++;
      if (s < spans.length && spans[s].firstToken <= i) continue;
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      const f = this.facts(t.norm);
      if (f.standing !== 0) {
        out.originalsSeen++;
        out.originalsLogLikelihood += f.standing;
      }
      const e = f.thesaurus;
      if (e === null || t.text !== t.norm || !isLowercaseLetters(t.text)) continue;
      out.thesaurusLogLikelihood += e.logLikelihood;
      const h = e.hit;
      if (h) out.thesaurusHits.push({ token: i, wordPerMillion: h.wordPerMillion, originalPerMillion: h.originalPerMillion, share: h.share, originals: h.originals });
    }
    return out;
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
