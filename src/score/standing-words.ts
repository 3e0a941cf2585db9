/**
 * What the words outside the candidate spans say about a text, in one pass:
 *  - originals left standing (a spinner replaces every match of its table, so
 *    each one counts against spinning: log(1 - q) per word, see document.ts);
 *  - the general thesaurus's evidence for words no entry covers (thesaurus.ts).
 * Both are per-word facts, so they are kept on the text's interned Words
 * (src/text/lexicon.ts) and a word costs one lookup however often it recurs.
 */
import type { TokenList } from '../text/token-list';
import { SPACE_WORD, type Word } from '../text/lexicon';
import { WORD } from '../text/tokenize';
import type { SurvivorCounter } from './survivors';
import type { FrequencyModel } from './frequency';
import { thesaurusWordEvidence, type ThesaurusHit } from './thesaurus';

export interface StandingEvidence {
  /** Summed log-likelihood ratio (spun vs clean) of the thesaurus evidence. */
  thesaurusLogLikelihood: number;
  /** Words a thesaurus spinner may have written, with their candidate originals (listed only when asked for). */
  thesaurusHits: ThesaurusHit[];
  /** Words standing that some entry restores (a spinner would have replaced them). */
  originalsSeen: number;
  /** Their summed log-likelihood ratio, sum of log(1 - q). */
  originalsLogLikelihood: number;
}

export class StandingWords {
  constructor(
    private readonly freq: FrequencyModel,
    /** Rate at which a thesaurus spinner swaps a word it knows (fitted). */
    private readonly thesaurusRate: number,
    private readonly originalPriors: Map<string, number>,
    private readonly coverage: number,
    /** false when the frequency model changes between calls (calibration's leave-one-out). */
    private readonly cacheable: boolean,
  ) {}

  /**
   * Work out a word's facts onto the Word: log(1 - q) when some entry restores
   * it, else null (q: how surely a spinner replaces it), and its thesaurus evidence.
   * They are kept there unless the frequency model may change between calls.
   */
  private learn(word: Word): void {
    const norm = word.norm;
    const prior = this.originalPriors.get(norm);
    const standing = prior ? Math.log(1 - Math.min(prior * this.coverage, 0.99)) : 0;
    word.standing = standing !== 0 ? standing : null;
    word.thesaurus = thesaurusWordEvidence(norm, this.freq, this.thesaurusRate);
    word.factsOwner = this.cacheable ? this : null;
  }

  /**
   * The evidence of every word outside the spans. The thesaurus counts plain
   * lowercase words only (names and acronyms are left alone); standing
   * originals count whatever their case. The hits are listed only `withHits`
   * (a word's hit is an object: most repairs have no use for them).
   *
   * The same pass chains the content tokens for `survivors`, which walked the
   * same gaps between spans on its own: one walk over the tokens instead of two.
   */
  evidence(tokens: TokenList, spans: Array<{ firstToken: number; endToken: number }>, withHits: boolean, survivors: SurvivorCounter): StandingEvidence {
    const out: StandingEvidence = { thesaurusLogLikelihood: 0, thesaurusHits: [], originalsSeen: 0, originalsLogLikelihood: 0 };
    // Summed in locals, token after token as before, and stored once.
    let thesaurusLogLikelihood = 0;
    let originalsSeen = 0;
    let originalsLogLikelihood = 0;
    const words = tokens.words;
    // The tokens between one span and the next, then the span's (spans are in text order and do not overlap).
    for (let s = 0, i = 0; i < words.length; s++) {
      const to = s < spans.length ? spans[s].firstToken : words.length;
      for (; i < to; i++) {
        const word = words[i];
        if (word === SPACE_WORD) continue;
        survivors.chain(word, i);
        if (word.code !== WORD) continue;
        if (word.factsOwner !== this) this.learn(word);
        if (word.standing !== null) {
          originalsSeen++;
          originalsLogLikelihood += word.standing;
        }
        const e = word.thesaurus;
        // Written in lowercase letters only (then the norm is the text as written).
        if (e === null || !isLowercaseLetters(tokens.input, tokens.start(i), tokens.end(i))) continue;
        thesaurusLogLikelihood += e.logLikelihood;
        const h = e.hit;
        if (h && withHits) out.thesaurusHits.push({ token: i, wordPerMillion: h.wordPerMillion, originalPerMillion: h.originalPerMillion, share: h.share, originals: h.originals });
      }
      if (s === spans.length) break;
      for (const end = spans[s].endToken; i < end; i++) if (words[i] !== SPACE_WORD) survivors.wall();
    }
    out.thesaurusLogLikelihood = thesaurusLogLikelihood;
    out.originalsSeen = originalsSeen;
    out.originalsLogLikelihood = originalsLogLikelihood;
    return out;
  }
}

/** /^[a-z]+$/ on text.slice(start, end), without the regex machinery or the slice. */
function isLowercaseLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return end > start;
}
