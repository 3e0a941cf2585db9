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
import { tokenize, type Token } from '../text/tokenize';
import type { CompiledDictionary, TrieNode, Variant } from '../dictionary/compile';
import type { ContextConditions } from '../dictionary/schema';
import { isGrammatical } from './closed-class';

export interface Candidate {
  /** Index of the first and one past the last token of the span. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  /** The input slice. */
  text: string;
  /** Every variant whose key is this span and whose conditions hold. */
  variants: Variant[];
  /**
   * True when no variant's required neighbours (before, after) are there: the
   * variants listed are those whose other conditions hold.
   */
  missingNeighbours: boolean;
}

/** Normalised content tokens within `limit` content tokens before or after index i. */
function neighbours(tokens: Token[], from: number, step: 1 | -1, limit: number): string[] {
  const out: string[] = [];
  for (let i = from; i >= 0 && i < tokens.length && out.length < limit; i += step) {
    const t = tokens[i];
    if (t.kind === 'space') continue;
    out.push(t.norm);
  }
  return step === 1 ? out : out.reverse();
}

/**
 * A list of context phrases compiled for lookup: phrases split into tokens the
 * way the input is ("u.s." is four tokens), joined with single spaces and
 * grouped by length, so a check costs one set lookup per distinct length
 * rather than a walk over the whole list (some lists hold a hundred phrases).
 */
interface PhraseSet {
  lengths: number[];
  phrases: Set<string>;
  /** Every phrase is closed-class words and punctuation: a required list of them is a hard gate (src/match/closed-class.ts). */
  grammatical: boolean;
}

function compilePhrases(list: string[]): PhraseSet {
  const phrases = new Set<string>();
  const lengths = new Set<number>();
  let grammatical = true;
  for (const phrase of list) {
    const parts = tokenize(phrase).filter((t) => t.kind !== 'space').map((t) => t.norm);
    if (parts.length === 0) continue;
    phrases.add(parts.join(' '));
    lengths.add(parts.length);
    if (!isGrammatical(parts)) grammatical = false;
  }
  return { lengths: [...lengths].sort((a, b) => a - b), phrases, grammatical };
}

interface CompiledContext {
  before?: PhraseSet;
  after?: PhraseSet;
  notBefore?: PhraseSet;
  notAfter?: PhraseSet;
}

const compiledContexts = new WeakMap<ContextConditions, CompiledContext>();
function compiledContext(ctx: ContextConditions): CompiledContext {
  let c = compiledContexts.get(ctx);
  if (!c) {
    c = {};
    if (ctx.before) c.before = compilePhrases(ctx.before);
    if (ctx.after) c.after = compilePhrases(ctx.after);
    if (ctx.notBefore) c.notBefore = compilePhrases(ctx.notBefore);
    if (ctx.notAfter) c.notAfter = compilePhrases(ctx.notAfter);
    compiledContexts.set(ctx, c);
  }
  return c;
}

/**
 * Does some phrase of `set` stand right next to the span on `side`? A
 * one-word phrase is also met by an original the adjacent word would restore
 * to if it were itself spun (`spun`: only for required neighbours).
 */
function adjacent(set: PhraseSet | undefined, near: Neighbourhood, side: 'before' | 'after', spun: boolean): boolean {
  if (set === undefined) return false;
  for (const n of set.lengths) {
    const words = near.words(side, n);
    if (n > words.length) break;
    const phrase = n === 1 ? (side === 'before' ? words[words.length - 1] : words[0]) : (side === 'before' ? words.slice(words.length - n) : words.slice(0, n)).join(' ');
    if (set.phrases.has(phrase)) return true;
    if (n === 1 && spun) {
      const originals = near.originals(side);
      if (originals !== undefined) for (const o of originals) if (set.phrases.has(o)) return true;
    }
  }
  return false;
}

/*
 * The conditions describe the original text around the span. A spinner
 * changes a fifth of the words, so the word next to a spun form is often
 * spun too ("the variety of instances" for "the number of cases"): a required
 * neighbour (before, after) is also met by a word that would restore to it.
 * Forbidden neighbours (notBefore, notAfter) are matched as written only, so
 * that a guess about the neighbour never blocks a fix.
 */

/**
 * No forbidden neighbour (notBefore, notAfter) stands next to the span, and
 * every required list of closed-class words (grammar), or every required list
 * at all when the conditions are `strict`, is met.
 */
function gatesHold(conditions: ContextConditions | undefined, near: Neighbourhood): boolean {
  if (!conditions) return true;
  const ctx = compiledContext(conditions);
  if (adjacent(ctx.notBefore, near, 'before', false) || adjacent(ctx.notAfter, near, 'after', false)) return false;
  const strict = conditions.strict === true;
  if (ctx.before && (strict || ctx.before.grammatical) && !adjacent(ctx.before, near, 'before', true)) return false;
  if (ctx.after && (strict || ctx.after.grammatical) && !adjacent(ctx.after, near, 'after', true)) return false;
  return true;
}

/** Every required neighbour (before, after) stands next to the span, as written or as it would be restored. */
function requiredPresent(conditions: ContextConditions | undefined, near: Neighbourhood): boolean {
  if (!conditions) return true;
  const ctx = compiledContext(conditions);
  if (ctx.before && !adjacent(ctx.before, near, 'before', true)) return false;
  if (ctx.after && !adjacent(ctx.after, near, 'after', true)) return false;
  return true;
}

/** Most phrases in conditions are one or two words; none is longer than this. */
const NEAR_WORDS = 4;

/**
 * The words around a span, gathered as conditions ask for them: most
 * conditions are settled by the adjacent word alone.
 */
class Neighbourhood {
  private before?: string[];
  private after?: string[];
  private spunBefore?: string[] | null;
  private spunAfter?: string[] | null;

  constructor(
    private readonly tokens: Token[],
    private readonly first: number,
    private readonly end: number,
    private readonly dict: CompiledDictionary,
  ) {}

  /** The nearest content tokens on a side, normalised, in text order (at least n of them when the text has them). */
  words(side: 'before' | 'after', n: number): string[] {
    if (side === 'before') return (this.before ??= neighbours(this.tokens, this.first - 1, -1, NEAR_WORDS));
    return (this.after ??= neighbours(this.tokens, this.end, 1, NEAR_WORDS));
  }

  /** Originals of the adjacent word before (a one-word spun form), or of the spun forms that start right after. */
  originals(side: 'before' | 'after'): string[] | undefined {
    if (side === 'before') {
      if (this.spunBefore === undefined) {
        const words = this.words('before', 1);
        this.spunBefore = originalsOf(this.dict, words[words.length - 1]) ?? null;
      }
      return this.spunBefore ?? undefined;
    }
    if (this.spunAfter === undefined) this.spunAfter = originalsFrom(this.dict, this.tokens, this.end) ?? null;
    return this.spunAfter ?? undefined;
  }
}

/** What a one-word spun form would restore to (undefined when the word is no spun form). */
function originalsOf(dict: CompiledDictionary, word: string | undefined): string[] | undefined {
  if (word === undefined) return undefined;
  const node = dict.root.next === undefined ? undefined : dict.root.next.get(word);
  return node === undefined || node.variants === undefined ? undefined : node.variants.map((v) => v.originalKey);
}

/**
 * What the spun forms starting at the first content token from index k would
 * restore to, multiword ones included ("12 months" -> "year"): each original,
 * and its first word, which is what would stand right after the span.
 */
function originalsFrom(dict: CompiledDictionary, tokens: Token[], k: number): string[] | undefined {
  while (k < tokens.length && tokens[k].kind === 'space') k++;
  if (k >= tokens.length) return undefined;
  let out: string[] | undefined;
  walkTrie(dict.root, tokens, k, (node) => {
    if (node.variants === undefined) return;
    if (out === undefined) out = [];
    for (const v of node.variants) {
      out.push(v.originalKey);
      const space = v.originalKey.indexOf(' ');
      if (space > 0) out.push(v.originalKey.slice(0, space));
    }
  });
  return out;
}

/**
 * The variants of a key that apply at this span: `held`, whose conditions all
 * hold, and `missing`, whose only failing conditions are required neighbours.
 */
function applicable(
  variants: Variant[],
  input: string,
  start: number,
  end: number,
  tokens: Token[],
  firstToken: number,
  endToken: number,
  dict: CompiledDictionary,
): { held: Variant[]; missing: Variant[] } {
  const near = new Neighbourhood(tokens, firstToken, endToken, dict);
  const held: Variant[] = [];
  const missing: Variant[] = [];
  let written: string | undefined;
  for (const v of variants) {
    if (v.entry.case === 'exact' && (written ??= input.slice(start, end).replace(/\s+/g, ' ')) !== v.surface) continue;
    if (!gatesHold(v.entry.context, near)) continue;
    (requiredPresent(v.entry.context, near) ? held : missing).push(v);
  }
  return { held, missing };
}

/**
 * Walk the trie from content token i along the following tokens, calling
 * `visit` with each node reached and the index of the last token consumed.
 * Whitespace between tokens selects the node's `spaced` children, so "p.c"
 * and "p. c" are different keys.
 */
export function walkTrie(root: TrieNode, tokens: Token[], i: number, visit: (node: TrieNode, last: number) => void): void {
  let node = root.next === undefined ? undefined : root.next.get(tokens[i].norm);
  let j = i;
  while (node) {
    visit(node, j);
    const k = step(node, tokens, j);
    if (k < 0) break;
    node = child(node, tokens, j, k);
    j = k;
  }
}

/** The child of `node` for token k, which follows token j (directly, or after whitespace when k > j + 1). */
// Written without ?. and ??: in the CommonJS build (tsup's splitting pass, sucrase) they become helper
// calls, which cost a tenth of the matcher's time.
const child = (node: TrieNode, tokens: Token[], j: number, k: number): TrieNode | undefined => {
  const edges = k > j + 1 ? node.spaced : node.next;
  return edges === undefined ? undefined : edges.get(tokens[k].norm);
};

/** Index of the token after j (skipping one whitespace token), or -1 when the node has no children or the text ends. */
function step(node: TrieNode, tokens: Token[], j: number): number {
  if (!node.next && !node.spaced) return -1;
  let k = j + 1;
  if (k < tokens.length && tokens[k].kind === 'space') k++;
  return k < tokens.length ? k : -1;
}

/**
 * Whether any variant in a list has conditions to check (context, exact case),
 * worked out once per list: most lists have none, and skip the neighbourhood.
 */
const conditional = new WeakMap<Variant[], boolean>();
function hasConditions(variants: Variant[]): boolean {
  let c = conditional.get(variants);
  if (c === undefined) conditional.set(variants, (c = variants.some((v) => v.entry.context !== undefined || v.entry.case === 'exact')));
  return c;
}

export function findCandidates(tokens: Token[], input: string, dict: CompiledDictionary): Candidate[] {
  const out: Candidate[] = [];
  /** Candidates whose required neighbours are missing, at positions no key with its conditions met starts. */
  const soft: Candidate[] = [];
  const first = dict.root.next;
  if (first === undefined) return out;
  // The nodes with variants met along one walk, and the last token each consumed: reused buffers.
  const matched: TrieNode[] = [];
  const lasts: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    let node = t.kind === 'space' ? undefined : first.get(t.norm);
    if (node === undefined) {
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
      if (!hasConditions(variants)) {
        bestM = m;
        bestVariants = variants;
        break;
      }
      const { held, missing } = applicable(variants, input, t.start, tokens[lasts[m]].end, tokens, i, lasts[m] + 1, dict);
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
      out.push(candidate(input, tokens, i, lasts[bestM], bestVariants, false));
      i = lasts[bestM] + 1;
    } else {
      if (softVariants !== undefined) soft.push(candidate(input, tokens, i, lasts[softM], softVariants, true));
      i++;
    }
  }
  return soft.length === 0 ? out : merge(out, soft);
}

function candidate(input: string, tokens: Token[], first: number, last: number, variants: Variant[], missingNeighbours: boolean): Candidate {
  const start = tokens[first].start;
  const end = tokens[last].end;
  // Every candidate has the same shape (the flag always set): the scorer's loops stay monomorphic.
  return { firstToken: first, endToken: last + 1, start, end, text: input.slice(start, end), variants, missingNeighbours };
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
