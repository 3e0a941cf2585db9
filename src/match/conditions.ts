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
import { mayBeVerb } from '../dictionary/inflect';
import { child, startingNode, step } from './trie-walk';

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
  /** Some phrase is one word. */
  hasOneWord: boolean;
  /**
   * The word next to the span of each phrase of several words (its last word
   * in a list of words before, its first in a list after): a span whose
   * adjacent word is not among them meets none of those phrases, and the
   * words around it need not be gathered and joined to tell.
   */
  edges: Set<string>;
  /** Every phrase is closed-class words and punctuation: a required list of them is a hard gate (src/match/closed-class.ts). */
  grammatical: boolean;
}

const ONE_LOWERCASE_WORD = /^[a-z]+$/;

function compilePhrases(list: string[], side: 'before' | 'after'): PhraseSet {
  const phrases = new Set<string>();
  const lengths = new Set<number>();
  const edges = new Set<string>();
  let grammatical = true;
  for (const phrase of list) {
    // Most phrases (41,790 of the bundled 45,607) are one lowercase word, which tokenizes to itself.
    const parts = ONE_LOWERCASE_WORD.test(phrase) ? [phrase] : tokenize(phrase).filter((t) => t.kind !== 'space').map((t) => t.norm);
    if (parts.length === 0) continue;
    phrases.add(parts.join(' '));
    lengths.add(parts.length);
    if (parts.length > 1) edges.add(side === 'before' ? parts[parts.length - 1] : parts[0]);
    // Once one phrase has a content word the list is no gate: the rest need not be looked at.
    if (grammatical && !isGrammatical(parts)) grammatical = false;
  }
  return { lengths: [...lengths].sort((a, b) => a - b), phrases, hasOneWord: lengths.has(1), edges, grammatical };
}

/** An entry's context conditions compiled; a list the entry does not have is undefined. */
interface CompiledContext {
  before: PhraseSet | undefined;
  after: PhraseSet | undefined;
  notBefore: PhraseSet | undefined;
  notAfter: PhraseSet | undefined;
  /** Every list is a gate (the entry is `strict`). */
  strict: boolean;
  /** No verb may follow before the clause ends (`noVerbAfter`). */
  noVerbAfter: boolean;
  /** The word after must be capitalised (`nameAfter`). */
  nameAfter: boolean;
}

const compiledContexts = new WeakMap<ContextConditions, CompiledContext>();
function compiledContext(ctx: ContextConditions): CompiledContext {
  let c = compiledContexts.get(ctx);
  if (!c) {
    // Every field set, whichever lists the entry has: one object shape for verdict()'s reads, which
    // were megamorphic over the shapes that adding only the lists present made.
    c = {
      before: ctx.before ? compilePhrases(ctx.before, 'before') : undefined,
      after: ctx.after ? compilePhrases(ctx.after, 'after') : undefined,
      notBefore: ctx.notBefore ? compilePhrases(ctx.notBefore, 'before') : undefined,
      notAfter: ctx.notAfter ? compilePhrases(ctx.notAfter, 'after') : undefined,
      strict: ctx.strict === true,
      noVerbAfter: ctx.noVerbAfter === true,
      nameAfter: ctx.nameAfter === true,
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
 * Every phrase ends (or starts) with the adjacent word, so that word is
 * looked at first, and the words beyond only when it may begin a longer phrase.
 */
function adjacent(set: PhraseSet | undefined, near: Neighbourhood, side: 'before' | 'after', spun: boolean): boolean {
  if (set === undefined) return false;
  const word = near.word(side);
  // The start of the text is the start of a sentence: it meets a full stop listed before the span.
  if (word === undefined) return side === 'before' && set.phrases.has('.');
  if (set.hasOneWord && (set.phrases.has(word) || (spun && near.restoresTo(side, set.phrases)))) return true;
  if (!set.edges.has(word)) return false;
  const words = near.words(side);
  for (const n of set.lengths) {
    if (n === 1) continue;
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
  if (ctx.noVerbAfter && !near.verblessClauseAfter()) return 'fail';
  if (ctx.nameAfter && !near.capitalisedAfter()) return 'fail';
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

/** Punctuation that ends a sentence, or a clause that stands as one, for `noVerbAfter` ("." is judged on its own). */
const SENTENCE_END = new Set([';', ':', '!', '?', '\u2026']);
/** A word of one to three letters, capitalised ("Mr", "Dr", "U", "Gen"): a full stop after it may be an abbreviation's. */
const isAbbreviation = (word: string) => /^[A-Z][A-Za-z]{0,2}$/.test(word);
/** Words looked at for a verb after the span (`noVerbAfter`): a longer sentence is not judged verbless. */
const CLAUSE_WORDS = 8;

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
  // Set in the constructor, not by initialisers: sucrase makes each initialiser a method call.
  private before: string[] | undefined;
  private after: string[] | undefined;

  constructor(
    private readonly tokens: TokenList,
    private readonly first: number,
    private readonly end: number,
    private readonly dict: CompiledDictionary,
  ) {
    this.beforeIndex = tokens.contentFrom(first - 1, -1);
    this.afterIndex = tokens.contentFrom(end, 1);
    this.before = undefined;
    this.after = undefined;
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

  /** Does the word right after the span start with a capital letter? */
  capitalisedAfter(): boolean {
    if (this.afterIndex < 0 || this.tokens.kind(this.afterIndex) !== 'word') return false;
    const first = this.tokens.text(this.afterIndex).charAt(0);
    return first !== first.toLowerCase();
  }

  /**
   * Do words follow the span, up to the end of its sentence, with none that
   * may be a verb? The sentence ends at . ! ? ; : a line break or the end of
   * the text; a full stop after an abbreviation ("Mr.", "U.S.") does not end
   * it. Commas, dashes and brackets do not end it either: a subject with an
   * appositive ("because his aide, Thomas West, had left") comes before its
   * verb. Further than CLAUSE_WORDS words away, the end is not looked for: no.
   */
  verblessClauseAfter(): boolean {
    const tokens = this.tokens;
    let words = 0;
    let previous = -1;
    for (let i = this.end; i < tokens.length; i++) {
      const kind = tokens.kind(i);
      if (kind === 'space') {
        if (tokens.text(i).includes('\n')) break;
        continue;
      }
      if (kind === 'punct') {
        const p = tokens.norm(i);
        if (p === '.' ? !(previous >= 0 && isAbbreviation(tokens.text(previous))) : SENTENCE_END.has(p)) break;
        continue;
      }
      previous = i;
      if (++words > CLAUSE_WORDS || (kind === 'word' && mayBeVerb(tokens.norm(i)))) return false;
    }
    return words > 0;
  }

  /**
   * Would the adjacent word restore to one of `phrases` if it were spun? Before
   * the span, as a one-word spun form; after it, as any spun form starting
   * there, multiword ones included ("12 months" -> "year"), whose original or
   * its first word (what would stand right after the span) may be the phrase.
   * Looked up in place, making no list of the originals: most checks look once.
   */
  restoresTo(side: 'before' | 'after', phrases: Set<string>): boolean {
    const root = this.dict.root;
    if (side === 'before') {
      if (this.beforeIndex < 0) return false;
      const node = startingNode(this.tokens.words[this.beforeIndex], root);
      return node !== null && node.variants !== undefined && someIn(originalKeys(node), phrases);
    }
    if (this.afterIndex < 0) return false;
    // The walk of walkTrie, inlined: no closure to make.
    const tokens = this.tokens;
    let node: TrieNode | null | undefined = startingNode(tokens.words[this.afterIndex], root);
    let j = this.afterIndex;
    while (node) {
      if (node.variants !== undefined && (someIn(originalKeys(node), phrases) || someIn(node.originalHeads as string[], phrases))) return true;
      const k = step(node, tokens, j);
      if (k < 0) break;
      node = child(node, tokens, j, k);
      j = k;
    }
    return false;
  }
}

function someIn(list: string[], phrases: Set<string>): boolean {
  for (let i = 0; i < list.length; i++) if (phrases.has(list[i])) return true;
  return false;
}

/** The originals of a node's variants (which it must have); their first words (of those of several) are kept in originalHeads. */
function originalKeys(node: TrieNode): string[] {
  if (node.originalKeys === undefined) {
    const keys: string[] = [];
    const heads: string[] = [];
    for (const v of node.variants as Variant[]) {
      keys.push(v.originalKey);
      const space = v.originalKey.indexOf(' ');
      if (space > 0) heads.push(v.originalKey.slice(0, space));
    }
    node.originalHeads = heads;
    node.originalKeys = keys;
  }
  return node.originalKeys;
}

/** The empty result of applicable(), shared: never added to (a list is made for a variant to go in). */
const NO_VARIANTS: Variant[] = [];

/** JavaScript's \s: the characters whose runs collapse to one space when a span is compared with an `exact` surface. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Is input.slice(start, end), each run of whitespace made one space, the
 * string `exact`? Compared in place: the slice and the replace made a string
 * or two for each exact-case variant matched.
 */
function writtenAs(input: string, start: number, end: number, exact: string): boolean {
  let e = 0;
  for (let i = start; i < end; ) {
    const c = input.charCodeAt(i);
    if (isSpace(c)) {
      if (exact.charCodeAt(e) !== 0x20) return false;
      while (i < end && isSpace(input.charCodeAt(i))) i++;
    } else {
      if (exact.charCodeAt(e) !== c) return false;
      i++;
    }
    e++;
  }
  return e === exact.length;
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
  /** The span's last word carries a possessive "'s" that is not part of the key (src/match/find.ts). */
  possessive = false,
): { held: Variant[]; missing: Variant[] } {
  const near = new Neighbourhood(tokens, firstToken, endToken, dict);
  const keyEnd = tokens.end(endToken - 1) - (possessive ? 2 : 0);
  // Most spans have none of either: a list is made only for a variant to go in.
  let held = NO_VARIANTS;
  let missing = NO_VARIANTS;
  for (let i = 0; i < variants.length; i++) {
    const { exact, context } = conditions[i];
    if (exact !== null && !writtenAs(tokens.input, tokens.start(firstToken), keyEnd, exact)) continue;
    const standing = verdict(context, near);
    if (standing === 'hold') (held === NO_VARIANTS ? (held = []) : held).push(variants[i]);
    else if (standing === 'missing') (missing === NO_VARIANTS ? (missing = []) : missing).push(variants[i]);
  }
  return { held, missing };
}
