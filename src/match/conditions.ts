/**
 * Context conditions: whether an entry's required and forbidden neighbours
 * stand around a span (dictionaries/FORMAT.md, `context`).
 *
 * A required list made only of closed-class words and punctuation states
 * grammar and is a gate (closed-class.ts), as is every list of a `strict`
 * entry; a required list with content words states a collocation, and where
 * it is missing the entry still applies, flagged, for the scorer to weigh.
 */
import { tokenize } from '../text/tokenize';
import type { TokenList } from '../text/token-list';
import type { CompiledDictionary, TrieNode, Variant } from '../dictionary/compile';
import type { ContextConditions } from '../dictionary/schema';
import { isGrammatical } from './closed-class';
import type { Word } from '../text/lexicon';
import { startingNode, walkTrie } from './trie-walk';

/** Normalised content tokens within `limit` content tokens before or after index i. */
function neighbours(tokens: TokenList, from: number, step: 1 | -1, limit: number): string[] {
  const out: string[] = [];
  for (let i = from; i >= 0 && i < tokens.length && out.length < limit; i += step) {
    if (tokens.isSpace(i)) continue;
    out.push(tokens.norm(i));
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

const ONE_LOWERCASE_WORD = /^[a-z]+$/;

function compilePhrases(list: string[]): PhraseSet {
  const phrases = new Set<string>();
  const lengths = new Set<number>();
  let grammatical = true;
  for (const phrase of list) {
    // Most phrases (41,790 of the bundled 45,607) are one lowercase word, which tokenizes to itself.
    const parts = ONE_LOWERCASE_WORD.test(phrase) ? [phrase] : tokenize(phrase).filter((t) => t.kind !== 'space').map((t) => t.norm);
    if (parts.length === 0) continue;
    phrases.add(parts.join(' '));
    lengths.add(parts.length);
    // Once one phrase has a content word the list is no gate: the rest need not be looked at.
    if (grammatical && !isGrammatical(parts)) grammatical = false;
  }
  return { lengths: [...lengths].sort((a, b) => a - b), phrases, grammatical };
}

/** An entry's context conditions compiled; a list the entry does not have is undefined. */
interface CompiledContext {
  before: PhraseSet | undefined;
  after: PhraseSet | undefined;
  notBefore: PhraseSet | undefined;
  notAfter: PhraseSet | undefined;
  /** Every list is a gate (the entry is `strict`). */
  strict: boolean;
}

const compiledContexts = new WeakMap<ContextConditions, CompiledContext>();
function compiledContext(ctx: ContextConditions): CompiledContext {
  let c = compiledContexts.get(ctx);
  if (!c) {
    // Every field set, whichever lists the entry has: one object shape for verdict()'s reads, which
    // were megamorphic over the shapes that adding only the lists present made.
    c = {
      before: ctx.before ? compilePhrases(ctx.before) : undefined,
      after: ctx.after ? compilePhrases(ctx.after) : undefined,
      notBefore: ctx.notBefore ? compilePhrases(ctx.notBefore) : undefined,
      notAfter: ctx.notAfter ? compilePhrases(ctx.notAfter) : undefined,
      strict: ctx.strict === true,
    };
    compiledContexts.set(ctx, c);
  }
  return c;
}

/** What applicable() checks of one variant. */
export interface VariantConditions {
  /** The surface the span must be written as (an entry with `case: exact`), else null. */
  exact: string | null;
  context: CompiledContext | null;
}

/**
 * The conditions of each of a node's variants, compiled once and kept on the
 * node; null when no variant has any (most nodes), and the neighbourhood need
 * not be looked at. Kept in an array of their own: checking a span then reads
 * neither the entries nor a cache per variant, which are seldom in the CPU cache.
 */
export function conditionsOf(node: TrieNode): VariantConditions[] | null {
  if (node.conditions === undefined) {
    const variants = node.variants ?? [];
    node.conditions = variants.some((v) => v.entry.context !== undefined || v.entry.case === 'exact')
      ? variants.map((v) => ({
          exact: v.entry.case === 'exact' ? v.surface : null,
          context: v.entry.context === undefined ? null : compiledContext(v.entry.context),
        }))
      : null;
  }
  return node.conditions;
}

/**
 * Does some phrase of `set` stand right next to the span on `side`? A
 * one-word phrase is also met by an original the adjacent word would restore
 * to if it were itself spun (`spun`: only for required neighbours).
 */
function adjacent(set: PhraseSet | undefined, near: Neighbourhood, side: 'before' | 'after', spun: boolean): boolean {
  if (set === undefined) return false;
  for (const n of set.lengths) {
    if (n === 1) {
      const word = near.word(side);
      if (word === undefined) break;
      if (set.phrases.has(word)) return true;
      if (spun) {
        const originals = near.originals(side);
        if (originals !== undefined) for (const o of originals) if (set.phrases.has(o)) return true;
      }
      continue;
    }
    const words = near.words(side);
    if (n > words.length) break;
    if (set.phrases.has((side === 'before' ? words.slice(words.length - n) : words.slice(0, n)).join(' '))) return true;
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
 * How an entry's conditions stand at a span: `fail` when a forbidden neighbour
 * (notBefore, notAfter) stands next to it, or a required list that is a gate
 * (closed-class words only, or any list of a `strict` entry) is not met;
 * `missing` when only a required list of content words is not met; else `hold`.
 * Each list is checked once.
 */
function verdict(ctx: CompiledContext | null, near: Neighbourhood): 'hold' | 'missing' | 'fail' {
  if (ctx === null) return 'hold';
  if (adjacent(ctx.notBefore, near, 'before', false) || adjacent(ctx.notAfter, near, 'after', false)) return 'fail';
  const before = required(ctx, ctx.before, near, 'before');
  if (before === 'fail') return 'fail';
  const after = required(ctx, ctx.after, near, 'after');
  return after === 'hold' ? before : after;
}

/** How a required list stands: met (`hold`), else `fail` when it is a gate and `missing` when not. */
function required(ctx: CompiledContext, list: PhraseSet | undefined, near: Neighbourhood, side: 'before' | 'after'): 'hold' | 'missing' | 'fail' {
  if (list === undefined || adjacent(list, near, side, true)) return 'hold';
  return ctx.strict || list.grammatical ? 'fail' : 'missing';
}

/** Most phrases in conditions are one or two words; none is longer than this. */
const NEAR_WORDS = 4;

/**
 * The words around a span, gathered as conditions ask for them: most
 * conditions are settled by the adjacent word alone.
 */
class Neighbourhood {
  /** The content tokens right before and right after the span (-1: none). */
  private readonly beforeIndex: number;
  private readonly afterIndex: number;
  private before: string[] | undefined = undefined;
  private after: string[] | undefined = undefined;
  private spunBefore: string[] | null | undefined = undefined;
  private spunAfter: string[] | null | undefined = undefined;

  constructor(
    private readonly tokens: TokenList,
    private readonly first: number,
    private readonly end: number,
    private readonly dict: CompiledDictionary,
  ) {
    this.beforeIndex = tokens.contentFrom(first - 1, -1);
    this.afterIndex = tokens.contentFrom(end, 1);
  }

  /** The normalised content token right next to the span on a side (undefined at the text's edge). */
  word(side: 'before' | 'after'): string | undefined {
    const k = side === 'before' ? this.beforeIndex : this.afterIndex;
    return k < 0 ? undefined : this.tokens.norm(k);
  }

  /** The nearest content tokens on a side (up to NEAR_WORDS), normalised, in text order. */
  words(side: 'before' | 'after'): string[] {
    if (side === 'before') {
      if (this.before === undefined) this.before = neighbours(this.tokens, this.first - 1, -1, NEAR_WORDS);
      return this.before;
    }
    if (this.after === undefined) this.after = neighbours(this.tokens, this.end, 1, NEAR_WORDS);
    return this.after;
  }

  /** Originals of the adjacent word before (a one-word spun form), or of the spun forms that start right after. */
  originals(side: 'before' | 'after'): string[] | undefined {
    if (side === 'before') {
      if (this.spunBefore === undefined) this.spunBefore = this.beforeIndex < 0 ? null : originalsOf(this.dict, this.tokens.words[this.beforeIndex]);
      return this.spunBefore === null ? undefined : this.spunBefore;
    }
    if (this.spunAfter === undefined) this.spunAfter = this.afterIndex < 0 ? null : originalsFrom(this.dict, this.tokens, this.afterIndex);
    return this.spunAfter === null ? undefined : this.spunAfter;
  }
}

/** What a one-word spun form would restore to (null when the word is no spun form). */
function originalsOf(dict: CompiledDictionary, word: Word): string[] | null {
  const node = startingNode(word, dict.root);
  return node === null || node.variants === undefined ? null : node.variants.map((v) => v.originalKey);
}

/**
 * What the spun forms starting at the first content token from index k would
 * restore to, multiword ones included ("12 months" -> "year"): each original,
 * and its first word, which is what would stand right after the span.
 */
function originalsFrom(dict: CompiledDictionary, tokens: TokenList, k: number): string[] | null {
  let out: string[] | null = null;
  walkTrie(dict.root, tokens, k, (node) => {
    if (node.variants === undefined) return;
    if (out === null) out = [];
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
 * `conditions` are the variants' (conditionsOf).
 */
export function applicable(
  variants: Variant[],
  conditions: VariantConditions[],
  tokens: TokenList,
  firstToken: number,
  endToken: number,
  dict: CompiledDictionary,
): { held: Variant[]; missing: Variant[] } {
  const near = new Neighbourhood(tokens, firstToken, endToken, dict);
  const held: Variant[] = [];
  const missing: Variant[] = [];
  let written: string | undefined;
  for (let i = 0; i < variants.length; i++) {
    const { exact, context } = conditions[i];
    if (exact !== null && (written ??= tokens.input.slice(tokens.start(firstToken), tokens.end(endToken - 1)).replace(/\s+/g, ' ')) !== exact) continue;
    const standing = verdict(context, near);
    if (standing === 'hold') held.push(variants[i]);
    else if (standing === 'missing') missing.push(variants[i]);
  }
  return { held, missing };
}
