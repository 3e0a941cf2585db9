/**
 * Find candidate spans: walk the token trie from every content token, keep the
 * longest key whose entry's case and context conditions hold, and resolve
 * overlaps leftmost-longest (a match starting earlier wins; among matches that
 * start together, the longer one wins), which is deterministic.
 */
import { tokenize, type Token } from '../text/tokenize';
import type { CompiledDictionary, TrieNode, Variant } from '../dictionary/compile';
import type { ContextConditions } from '../dictionary/schema';

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
}

function compilePhrases(list: string[]): PhraseSet {
  const phrases = new Set<string>();
  const lengths = new Set<number>();
  for (const phrase of list) {
    const parts = tokenize(phrase).filter((t) => t.kind !== 'space').map((t) => t.norm);
    if (parts.length === 0) continue;
    phrases.add(parts.join(' '));
    lengths.add(parts.length);
  }
  return { lengths: [...lengths].sort((a, b) => a - b), phrases };
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
 * Does some phrase of `set` stand right next to the span? `words` are the
 * nearest content tokens on that side; `spunNext` lists the originals the
 * adjacent word would restore if it were itself spun.
 */
function adjacent(set: PhraseSet | undefined, words: string[], side: 'before' | 'after', spunNext?: string[]): boolean {
  if (!set) return false;
  for (const n of set.lengths) {
    if (n > words.length) break;
    const near = side === 'before' ? words.slice(words.length - n) : words.slice(0, n);
    if (set.phrases.has(n === 1 ? near[0] : near.join(' '))) return true;
    if (n === 1 && spunNext) for (const o of spunNext) if (set.phrases.has(o)) return true;
  }
  return false;
}

/**
 * The conditions describe the original text around the span. A spinner
 * changes a fifth of the words, so the word next to a spun form is often
 * spun too ("the variety of instances" for "the number of cases"): a required
 * neighbour (before, after) is also met by a word that would restore to it.
 * Forbidden neighbours (notBefore, notAfter) are matched as written only, so
 * that a guess about the neighbour never blocks a fix.
 */
function contextHolds(conditions: ContextConditions | undefined, near: Neighbourhood): boolean {
  if (!conditions) return true;
  const ctx = compiledContext(conditions);
  if (ctx.before && !adjacent(ctx.before, near.before, 'before', near.spunBefore)) return false;
  if (ctx.after && !adjacent(ctx.after, near.after, 'after', near.spunAfter)) return false;
  if (adjacent(ctx.notBefore, near.before, 'before')) return false;
  if (adjacent(ctx.notAfter, near.after, 'after')) return false;
  return true;
}

interface Neighbourhood {
  before: string[];
  after: string[];
  /** Originals of the adjacent word before (a one-word spun form) and of the spun forms that start right after. */
  spunBefore?: string[];
  spunAfter?: string[];
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

function applicable(variants: Variant[], text: string, tokens: Token[], first: number, end: number, dict: CompiledDictionary): Variant[] {
  // Most variants have no conditions: skip collecting neighbours for them (the hot path).
  if (variants.every((v) => !v.entry.context && v.entry.case !== 'exact')) return variants;
  const before = neighbours(tokens, first - 1, -1, 4);
  const after = neighbours(tokens, end, 1, 4);
  const near: Neighbourhood = {
    before,
    after,
    spunBefore: originalsOf(dict, before[before.length - 1]),
    spunAfter: originalsFrom(dict, tokens, end),
  };
  return variants.filter((v) => {
    if (v.entry.case === 'exact' && text.replace(/\s+/g, ' ') !== v.surface) return false;
    return contextHolds(v.entry.context, near);
  });
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

export function findCandidates(tokens: Token[], input: string, dict: CompiledDictionary): Candidate[] {
  const out: Candidate[] = [];
  const first = dict.root.next ?? new Map<string, TrieNode>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    let node = t.kind === 'space' ? undefined : first.get(t.norm);
    if (!node) {
      i++;
      continue;
    }
    // The same walk as walkTrie, inlined: this loop runs once per token.
    let best: Candidate | undefined;
    let j = i;
    while (node) {
      if (node.variants) {
        const end = tokens[j].end;
        const text = input.slice(t.start, end);
        const ok = applicable(node.variants, text, tokens, i, j + 1, dict);
        if (ok.length > 0) best = { firstToken: i, endToken: j + 1, start: t.start, end, text, variants: ok };
      }
      const k = step(node, tokens, j);
      if (k < 0) break;
      node = child(node, tokens, j, k);
      j = k;
    }
    if (best) {
      out.push(best);
      i = best.endToken;
    } else {
      i++;
    }
  }
  return out;
}
