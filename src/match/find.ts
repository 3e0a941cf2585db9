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

// Context phrases split into tokens the way the input is ("u.s." is four tokens), cached.
const phraseTokens = new Map<string, string[]>();
function tokensOf(phrase: string): string[] {
  let parts = phraseTokens.get(phrase);
  if (!parts) phraseTokens.set(phrase, (parts = tokenize(phrase).filter((t) => t.kind !== 'space').map((t) => t.norm)));
  return parts;
}

/** Does some phrase of `list` stand right next to the span? `words` are the nearest content tokens on that side. */
function adjacent(list: string[] | undefined, words: string[], side: 'before' | 'after'): boolean {
  if (!list) return false;
  return list.some((phrase) => {
    const parts = tokensOf(phrase);
    const near = side === 'before' ? words.slice(words.length - parts.length) : words.slice(0, parts.length);
    return near.length === parts.length && near.every((w, i) => w === parts[i]);
  });
}

function contextHolds(ctx: ContextConditions | undefined, before: string[], after: string[]): boolean {
  if (!ctx) return true;
  if (ctx.before && !adjacent(ctx.before, before, 'before')) return false;
  if (ctx.after && !adjacent(ctx.after, after, 'after')) return false;
  if (adjacent(ctx.notBefore, before, 'before')) return false;
  if (adjacent(ctx.notAfter, after, 'after')) return false;
  return true;
}

function applicable(variants: Variant[], text: string, tokens: Token[], first: number, end: number): Variant[] {
  // Most variants have no conditions: skip collecting neighbours for them (the hot path).
  if (variants.every((v) => !v.entry.context && v.entry.case !== 'exact')) return variants;
  const before = neighbours(tokens, first - 1, -1, 4);
  const after = neighbours(tokens, end, 1, 4);
  return variants.filter((v) => {
    if (v.entry.case === 'exact' && text.replace(/\s+/g, ' ') !== v.surface) return false;
    return contextHolds(v.entry.context, before, after);
  });
}

// Trie labels for a token after whitespace (" " + norm), kept so each is built and hashed once.
const spacedLabels = new Map<string, string>();
function spacedLabel(norm: string): string {
  let label = spacedLabels.get(norm);
  if (label === undefined) {
    // Bounded: hostile input with endless distinct words must not grow it without end.
    if (spacedLabels.size >= 50_000) spacedLabels.clear();
    spacedLabels.set(norm, (label = ' ' + norm));
  }
  return label;
}

/**
 * Walk the trie from content token i along the following tokens, calling
 * `visit` with each node reached and the index of the last token consumed.
 * Whitespace between tokens becomes a leading space on the label, so "p.c"
 * and "p. c" are different keys.
 */
export function walkTrie(root: TrieNode, tokens: Token[], i: number, visit: (node: TrieNode, last: number) => void): void {
  let node: TrieNode | undefined = root.next.get(tokens[i].norm);
  let j = i;
  while (node) {
    visit(node, j);
    if (node.next.size === 0) break;
    let k = j + 1;
    let spaced = false;
    if (k < tokens.length && tokens[k].kind === 'space') {
      spaced = true;
      k++;
    }
    if (k >= tokens.length) break;
    node = node.next.get(spaced ? spacedLabel(tokens[k].norm) : tokens[k].norm);
    j = k;
  }
}

export function findCandidates(tokens: Token[], input: string, dict: CompiledDictionary): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first.kind === 'space' || first.kind === 'punct' && !dict.root.next.has(first.norm)) {
      i++;
      continue;
    }
    let best: Candidate | undefined;
    walkTrie(dict.root, tokens, i, (node, j) => {
      if (!node.variants) return;
      const start = first.start;
      const end = tokens[j].end;
      const text = input.slice(start, end);
      const ok = applicable(node.variants, text, tokens, i, j + 1);
      if (ok.length > 0) best = { firstToken: i, endToken: j + 1, start, end, text, variants: ok };
    });
    if (best) {
      out.push(best);
      i = best.endToken;
    } else {
      i++;
    }
  }
  return out;
}
