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
import type { CompiledDictionary, Variant } from '../dictionary/compile';
import type { ContextConditions } from '../dictionary/schema';
import { isGrammatical } from './closed-class';
import { walkTrie } from './trie-walk';

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
 * How an entry's conditions stand at a span: `fail` when a forbidden neighbour
 * (notBefore, notAfter) stands next to it, or a required list that is a gate
 * (closed-class words only, or any list of a `strict` entry) is not met;
 * `missing` when only a required list of content words is not met; else `hold`.
 * Each list is checked once.
 */
function verdict(conditions: ContextConditions | undefined, near: Neighbourhood): 'hold' | 'missing' | 'fail' {
  if (!conditions) return 'hold';
  const ctx = compiledContext(conditions);
  if (adjacent(ctx.notBefore, near, 'before', false) || adjacent(ctx.notAfter, near, 'after', false)) return 'fail';
  let result: 'hold' | 'missing' = 'hold';
  for (const [list, side] of [[ctx.before, 'before'], [ctx.after, 'after']] as const) {
    if (list === undefined || adjacent(list, near, side, true)) continue;
    if (conditions.strict === true || list.grammatical) return 'fail';
    result = 'missing';
  }
  return result;
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
    private readonly tokens: TokenList,
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
function originalsFrom(dict: CompiledDictionary, tokens: TokenList, k: number): string[] | undefined {
  while (k < tokens.length && tokens.isSpace(k)) k++;
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
export function applicable(
  variants: Variant[],
  tokens: TokenList,
  firstToken: number,
  endToken: number,
  dict: CompiledDictionary,
): { held: Variant[]; missing: Variant[] } {
  const near = new Neighbourhood(tokens, firstToken, endToken, dict);
  const held: Variant[] = [];
  const missing: Variant[] = [];
  let written: string | undefined;
  for (const v of variants) {
    if (v.entry.case === 'exact' && (written ??= tokens.input.slice(tokens.start(firstToken), tokens.end(endToken - 1)).replace(/\s+/g, ' ')) !== v.surface) continue;
    const standing = verdict(v.entry.context, near);
    if (standing === 'hold') held.push(v);
    else if (standing === 'missing') missing.push(v);
  }
  return { held, missing };
}

/**
 * Whether any variant in a list has conditions to check (context, exact case),
 * worked out once per list: most lists have none, and skip the neighbourhood.
 */
const conditional = new WeakMap<Variant[], boolean>();
export function hasConditions(variants: Variant[]): boolean {
  let c = conditional.get(variants);
  if (c === undefined) conditional.set(variants, (c = variants.some((v) => v.entry.context !== undefined || v.entry.case === 'exact')));
  return c;
}
