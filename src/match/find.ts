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
  /** The span's last word is the key's last word with a possessive "'s" ("Wall Avenue's"): the fix keeps it. */
  possessive: boolean;
}

export function findCandidates(tokens: TokenList, dict: CompiledDictionary): Candidate[] {
  const out: Candidate[] = [];
  /** Candidates whose required neighbours are missing, at positions no key with its conditions met starts. */
  const soft: Candidate[] = [];
  const root = dict.root;
  if (root.next === undefined) return out;
  // The nodes with variants met along one walk, the last token each consumed, and whether it
  // consumed that token as a possessive of the key's last word: reused buffers.
  const matched: TrieNode[] = [];
  const lasts: number[] = [];
  const possessives: boolean[] = [];
  let i = 0;
  while (i < tokens.length) {
    const w = tokens.words[i];
    let node: TrieNode | null | undefined = w === SPACE_WORD ? null : startingNode(w, root);
    let found = 0;
    if (node === null) {
      // "membership's": a one-word key with a possessive "'s".
      const stem = w.possessiveStem === null ? undefined : possessiveNode(root.next, w.possessiveStem);
      if (stem === undefined) {
        i++;
        continue;
      }
      matched[0] = stem;
      lasts[0] = i;
      possessives[0] = true;
      found = 1;
      node = undefined;
    }
    // The same walk as walkTrie, inlined: this loop runs once per token.
    let j = i;
    while (node !== undefined) {
      if (node.variants !== undefined) {
        matched[found] = node;
        lasts[found] = j;
        possessives[found] = false;
        found++;
      }
      const k = step(node, tokens, j);
      if (k < 0) break;
      const next: TrieNode | undefined = child(node, tokens, j, k);
      if (next === undefined) {
        // The key's last word written with a possessive "'s" ("Wall Avenue's"): the key ends there.
        const stemWord = tokens.words[k].possessiveStem;
        const stem = stemWord === null ? undefined : possessiveNode(k > j + 1 ? node.spaced : node.next, stemWord);
        if (stem !== undefined) {
          matched[found] = stem;
          lasts[found] = k;
          possessives[found] = true;
          found++;
        }
      }
      node = next;
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
      // A possessive stands only where a noun or a name does.
      const possessive = possessives[m];
      if (conditions === null) {
        const usable = possessive ? nounsAndNames(variants) : variants;
        if (usable.length === 0) continue;
        bestM = m;
        bestVariants = usable;
        break;
      }
      const applying = applicable(variants, conditions, tokens, i, lasts[m] + 1, dict, possessive);
      const held = possessive ? nounsAndNames(applying.held) : applying.held;
      const missing = possessive ? nounsAndNames(applying.missing) : applying.missing;
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
      out.push(candidate(tokens, i, lasts[bestM], bestVariants, false, possessives[bestM]));
      i = lasts[bestM] + 1;
    } else {
      if (softVariants !== undefined) soft.push(candidate(tokens, i, lasts[softM], softVariants, true, possessives[softM]));
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
    readonly possessive: boolean,
  ) {}

  get text(): string {
    return this.input.slice(this.start, this.end);
  }
}

function candidate(tokens: TokenList, first: number, last: number, variants: Variant[], missingNeighbours: boolean, possessive: boolean): Candidate {
  return new Span(tokens.input, first, last + 1, tokens.start(first), tokens.end(last), variants, missingNeighbours, possessive);
}

/** The node of a key's last word `stem`, among a node's children, if keys end there. */
function possessiveNode(children: Map<string, TrieNode> | undefined, stem: string): TrieNode | undefined {
  if (children === undefined) return undefined;
  const node = children.get(stem);
  return node !== undefined && node.variants !== undefined ? node : undefined;
}

/** The variants of nouns and names (a list made only when some other is there). */
function nounsAndNames(variants: Variant[]): Variant[] {
  const isNoun = (v: Variant) => v.entry.pos === 'noun' || v.entry.pos === 'name';
  return variants.every(isNoun) ? variants : variants.filter(isNoun);
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
