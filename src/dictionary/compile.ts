/**
 * Compile dictionaries into a matcher.
 *
 * Every entry's surface forms (inflections included; src/dictionary/surface-forms.ts,
 * worked out at build time for the bundled dictionaries) are inserted into a token trie.
 * Matching then costs one map lookup per token however large the dictionary.
 */
import type { DictionaryFile, Entry, InflectedForm } from './schema';
import type { VariantConditions } from '../match/conditions';
import type { VariantStats } from '../score/variant-stats';
import type { ContextEdges } from '../score/context';
import { gazetteerEntries } from './gazetteer';
import { surfaceFormsOf, type SurfaceForm } from './surface-forms';

export { phraseKey, edgeLabels, expandEntry, type Expansion } from './surface-forms';

/** One way a trie key can be repaired: a surface form of one entry. */
export interface Variant {
  entry: Entry;
  /** The repaired wording for this surface form (inflected like the spun form). */
  replacement: string;
  /** Which inflected form this is, or null for uninflected entries. */
  form: InflectedForm | null;
  /**
   * For a past form whose original has a distinct participle: the original as
   * a participle, used after have/be ("had got here up quick" -> "had come up short").
   */
  participle?: string;
  /** The spun surface as written in the entry (inflected): for `case: exact` checks. */
  surface: string;
  /** Normalised spun surface: key for clean-frequency lookups. */
  spunKey: string;
  /** Normalised replacement: key for clean-frequency lookups. */
  originalKey: string;
  /**
   * What the scorer works out about the variant, kept on it rather than in
   * WeakMaps by variant, which cost a lookup for every candidate: the word
   * swap it stands for (swapKey, src/score/siblings.ts), and its statistics
   * (variantStats, src/score/variant-stats.ts) as the repairer `statsOwner`
   * scores them: `stats` where the entry's conditions hold, `bareStats` where
   * its content-word neighbours are missing. Undefined until worked out.
   */
  swap?: string;
  /** The words of its forms that meet the neighbours (contextEdges, src/score/context.ts). */
  edges?: ContextEdges;
  stats?: VariantStats;
  bareStats?: VariantStats;
  statsOwner?: object;
}

/**
 * A trie over normalised tokens. A key's next token either follows right on
 * ("p.c": "p", ".", "c") or after whitespace ("p. c"): two maps, so that the
 * two stay different keys without building a label string per token.
 */
export interface TrieNode {
  /** Children by the next token's normalised text, when it follows with no space between (absent: none). */
  next?: Map<string, TrieNode>;
  /** Children by the next token's normalised text, when whitespace comes first (absent: none). */
  spaced?: Map<string, TrieNode>;
  variants?: Variant[];
  /**
   * The labelBit() of every label in `next`, and in `spaced`, or-ed together:
   * a token whose bit is not set has no child there, and the map need not be
   * looked up. Most lookups miss (on the bench corpus seven in eight, and the
   * bits rule out seven in ten of those).
   */
  nextBits: number;
  spacedBits: number;
  /**
   * The variants' conditions as the matcher checks them (conditionsOf,
   * src/match/conditions.ts), compiled when a match first meets the node;
   * undefined until then.
   */
  conditions: VariantConditions[] | null | undefined;
  /**
   * The variants' original keys, and the first words of those of several
   * words: what a neighbour spun to this node's key would restore to
   * (src/match/conditions.ts), listed when a condition first asks; undefined until then.
   */
  originalKeys: string[] | undefined;
  originalHeads: string[] | undefined;
}

/**
 * A node with no children and no variants yet. Every node is made here, with
 * all its fields present from the start, so that all nodes share one object
 * shape: the matcher reads these fields at every token, and nodes of many
 * shapes (fields added in whatever order the insertions met them) made those
 * reads megamorphic.
 */
export function emptyNode(): TrieNode {
  return { next: undefined, spaced: undefined, variants: undefined, nextBits: 0, spacedBits: 0, conditions: undefined, originalKeys: undefined, originalHeads: undefined };
}

/** One of 32 bits, picked by a hash of a label (a token's norm): see TrieNode.nextBits. */
export function labelBit(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return 1 << (h >>> 27);
}

export interface CompiledDictionary {
  root: TrieNode;
  entries: Map<string, Entry>;
  /**
   * Every original (normalised) -> the highest prior of the entries that
   * restore it: how surely a spinner would have replaced it.
   */
  originalPriors: Map<string, number>;
  /** Number of surface forms in the trie. */
  size: number;
}

export interface CompileOptions {
  /** Entry ids to leave out. */
  disable?: Iterable<string>;
  /** Tags whose entries are left out. */
  disableTags?: Iterable<string>;
  /**
   * Generate spun variants of listed names (src/dictionary/gazetteer.ts); default true.
   * A list: the variants generated ahead of time for exactly these dictionaries (see src/bundled.ts).
   */
  gazetteer?: boolean | Entry[];
  /**
   * Entries whose prior is below this are not compiled (default MIN_PRIOR).
   * They stay in the files, where `minPrior` can bring them back.
   */
  minPrior?: number;
}

/**
 * The compile floor. Below it an entry's prior overstates how often a real
 * spinner's table has the mapping by an order of magnitude: on the real spun
 * sample (scripts/tier-coverage.ts), of the 32 originals whose entries all
 * have priors below 0.45 the spinner turned 1 into one of our spun forms and
 * left 21 of the 22 from 0.3 to 0.45 standing, where the simulated spinner,
 * which takes the priors at their word, would have swapped 57% of those
 * (38% of those below 0.3). From 0.65 up the priors hold (87% swapped against
 * 87% simulated, and 71% against 94% from 0.85); from 0.45 to 0.65 they are
 * high (2 of 12 against 71%), but those swaps are real ("forward" -> "ahead",
 * "the following" -> "the next"), so that tier is kept. Such low-prior
 * entries are mostly thesaurus synonyms of news words that writers use in
 * their own right ("voicing", "faulting", "envisaged", "spearheaded"); the
 * clean-text rates, measured on 1960s prose and film subtitles, make them
 * look rarer than they are in today's news, so kept in, they were applied
 * where no spinner had been: three wrong fixes on the sample, one right.
 */
export const MIN_PRIOR = 0.45;

/** Is this prior below the compile floor, so that the entry is left out unless `minPrior` brings it back? */
export const belowCompileFloor = (prior: number): boolean => prior < MIN_PRIOR;

export function compileDictionaries(dictionaries: DictionaryFile[], options: CompileOptions = {}): CompiledDictionary {
  const disabled = new Set(options.disable ?? []);
  const disabledTags = new Set(options.disableTags ?? []);
  const root = emptyNode();
  root.next = new Map();
  const entries = new Map<string, Entry>();
  const originalPriors = new Map<string, number>();
  let size = 0;

  // Later dictionaries override earlier ones entry by entry (same id).
  for (const dict of dictionaries) for (const entry of dict.entries) entries.set(entry.id, entry);
  if (options.gazetteer !== false) {
    const generated = Array.isArray(options.gazetteer)
      ? options.gazetteer
      : gazetteerEntries([...entries.values()].filter((e) => !disabled.has(e.id) && !e.tags.some((t) => disabledTags.has(t))));
    for (const entry of generated) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  }

  const minPrior = options.minPrior ?? MIN_PRIOR;
  for (const entry of entries.values()) {
    if (disabled.has(entry.id) || entry.tags.some((t) => disabledTags.has(t)) || entry.prior < minPrior) continue;
    for (const form of surfaceFormsOf(entry)) {
      if (form.labels.length === 0) continue;
      const variant = insertForm(root, form.labels, 0, entry, form);
      size++;
      originalPriors.set(variant.originalKey, Math.max(originalPriors.get(variant.originalKey) ?? 0, entry.prior));
    }
  }
  return { root, entries, originalPriors, size };
}

/**
 * Insert one surface form of an entry below `node`, along its labels from
 * `from` on, and return its variant. Shared by compileDictionaries and the
 * precompiled matcher (./packed-matcher), which builds a first word's
 * subtree on first use: the same insertions in the same order give the same trie.
 */
export function insertForm(node: TrieNode, labels: string[], from: number, entry: Entry, form: SurfaceForm): Variant {
  for (let i = from; i < labels.length; i++) {
    const label = labels[i];
    // Most nodes are leaves: their maps are made only when a child needs one.
    const spaced = label.startsWith(' ');
    const edges = spaced ? (node.spaced ??= new Map()) : (node.next ??= new Map());
    const word = spaced ? label.slice(1) : label;
    let child = edges.get(word);
    if (!child) {
      edges.set(word, (child = emptyNode()));
      if (spaced) node.spacedBits |= labelBit(word);
      else node.nextBits |= labelBit(word);
    }
    node = child;
  }
  const { surface, replacement, participle, spunKey, originalKey } = form;
  // Every variant has every field from the start (one object shape; see emptyNode).
  const variant: Variant = { entry, replacement, form: form.form, participle, surface, spunKey, originalKey, swap: undefined, edges: undefined, stats: undefined, bareStats: undefined, statsOwner: undefined };
  // A new array of exactly the right length: push() would grow a one-variant list to room for 17,
  // and most nodes have one or two (2.6 MB of empty room over the bundled trie, heap snapshot).
  node.variants = node.variants === undefined ? [variant] : node.variants.concat(variant);
  node.conditions = undefined;
  return variant;
}
