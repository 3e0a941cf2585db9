/**
 * Find candidate spans: walk the token trie from every content token, keep the
 * longest key whose entry's case and context conditions hold, and resolve
 * overlaps leftmost-longest (a match starting earlier wins; among matches that
 * start together, the longer one wins), which is deterministic.
 *
 * A key whose entries ask for content-word neighbours (before, after: "health
 * officers") that are not there still makes a candidate, flagged
 * `missingNeighbours`, where no other candidate claims its words: a spinner
 * replaces every match whatever stands around it, so a missing collocate is
 * evidence for the scorer to weigh (it has a fitted weight), not a verdict.
 * Required closed-class neighbours (grammar: "to", "about"; see
 * closed-class.ts), forbidden neighbours and the exact-case check stay hard.
 */
import type { TokenList } from '../text/token-list';
import { SPACE_WORD } from '../text/lexicon';
import type { CompiledDictionary, TrieNode, Variant } from '../dictionary/compile';
import { applicable, conditionsOf } from './conditions';
import { child, startingNode, step } from './trie-walk';

export interface Candidate {
  /** Index of the first and one past the last token of the span. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  /** The input slice (made when read: see Span). */
  readonly text: string;
  /** Every variant whose key is this span and whose conditions hold. */
  variants: Variant[];
  /**
   * True when no variant's required neighbours (before, after) are there: the
   * variants listed are those whose other conditions hold.
   */
  missingNeighbours: boolean;
}

export function findCandidates(tokens: TokenList, dict: CompiledDictionary): Candidate[] {
  const out: Candidate[] = [];
  /** Candidates whose required neighbours are missing, at positions no key with its conditions met starts. */
  const soft: Candidate[] = [];
  const root = dict.root;
  if (root.next === undefined) return out;
  // The nodes with variants met along one walk, and the last token each consumed: reused buffers.
  const matched: TrieNode[] = [];
  const lasts: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const w = tokens.words[i];
    let node: TrieNode | null | undefined = w === SPACE_WORD ? null : startingNode(w, root);
    if (node === null) {
      i++;
      continue;
    }
    // The same walk as walkTrie, inlined: this loop runs once per token.
    let found = 0;
    let j = i;
    while (node !== undefined) {
      if (node.variants !== undefined) {
        matched[found] = node;
        lasts[found] = j;
        found++;
      }
      const k = step(node, tokens, j);
      if (k < 0) break;
      node = child(node, tokens, j, k);
      j = k;
    }
    // Longest first: the first key whose conditions hold is the match; the longest key whose
    // only failing conditions are content-word neighbours is kept in case none holds.
    let bestM = -1;
    let bestVariants: Variant[] | undefined;
    let softM = -1;
    let softVariants: Variant[] | undefined;
    for (let m = found - 1; m >= 0; m--) {
      const variants = matched[m].variants as Variant[];
      const conditions = conditionsOf(matched[m]);
      if (conditions === null) {
        bestM = m;
        bestVariants = variants;
        break;
      }
      const { held, missing } = applicable(variants, conditions, tokens, i, lasts[m] + 1, dict);
      if (held.length > 0) {
        bestM = m;
        bestVariants = held;
        break;
      }
      if (missing.length > 0 && softM < 0) {
        softM = m;
        softVariants = missing;
      }
    }
    if (bestVariants !== undefined) {
      out.push(candidate(tokens, i, lasts[bestM], bestVariants, false));
      i = lasts[bestM] + 1;
    } else {
      if (softVariants !== undefined) soft.push(candidate(tokens, i, lasts[softM], softVariants, true));
      i++;
    }
  }
  return soft.length === 0 ? out : merge(out, soft);
}

/**
 * A candidate as found. Its text is sliced from the input only when read:
 * scoring never reads it, and most candidates are never reported (a string
 * for each of the 71k candidates of a pass over the 5 MB bench corpus).
 * One class: every candidate has the same shape, and the scorer's loops stay monomorphic.
 */
class Span implements Candidate {
  constructor(
    private readonly input: string,
    readonly firstToken: number,
    readonly endToken: number,
    readonly start: number,
    readonly end: number,
    readonly variants: Variant[],
    readonly missingNeighbours: boolean,
  ) {}

  get text(): string {
    return this.input.slice(this.start, this.end);
  }
}

function candidate(tokens: TokenList, first: number, last: number, variants: Variant[], missingNeighbours: boolean): Candidate {
  return new Span(tokens.input, first, last + 1, tokens.start(first), tokens.end(last), variants, missingNeighbours);
}

/**
 * Add the candidates with missing neighbours that overlap no other candidate,
 * leftmost-longest among themselves, in position order.
 */
function merge(held: Candidate[], soft: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let h = 0;
  let freeFrom = 0; // first token a soft candidate may start at
  for (const c of soft) {
    if (c.firstToken < freeFrom) continue;
    while (h < held.length && held[h].endToken <= c.firstToken) out.push(held[h++]);
    if (h < held.length && held[h].firstToken < c.endToken) continue;
    out.push(c);
    freeFrom = c.endToken;
  }
  while (h < held.length) out.push(held[h++]);
  return out;
}
