/**
 * Compile dictionaries into a matcher.
 *
 * Every entry is expanded once, here, into the surface forms it covers
 * (inflections included), and each surface is inserted into a token trie.
 * Matching then costs one map lookup per token however large the dictionary.
 */
import type { DictionaryFile, Entry, InflectedForm } from './schema';
import { pluralOf, verbForms } from './inflect';
import { tokenize, normalizeWord } from '../text/tokenize';
import { gazetteerEntries } from './gazetteer';

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
  /** Generate spun variants of listed names (src/dictionary/gazetteer.ts); default true. */
  gazetteer?: boolean;
  /**
   * Entries whose prior is below this are not compiled (default MIN_PRIOR):
   * their authors give them less than a one-in-three chance of being a
   * spinner's swap. They are mostly pairs of common news words a spinner
   * could swap either way (withdraw/recall, acknowledge/recognize), and the
   * clean-text rates, measured on 1960s prose and film subtitles rather than
   * news, are not sharp enough to rescue them: on the real spun sample such
   * entries were wrong more often than right. They stay in the files, where
   * `minPrior` can bring them back.
   */
  minPrior?: number;
}

export const MIN_PRIOR = 0.3;

/** Normalised form of a phrase: lowercase, folded apostrophes, single spaces. */
export function phraseKey(text: string): string {
  return normalizeWord(text).trim().replace(/\s+/g, ' ');
}

/**
 * Trie edge labels for a phrase: each content token's normalised text, with a
 * leading space when whitespace separates it from the previous token (so that
 * "p.c" and "p. c" are different keys).
 */
export function edgeLabels(text: string): string[] {
  const labels: string[] = [];
  let spaced = false;
  for (const t of tokenize(text.trim())) {
    if (t.kind === 'space') {
      spaced = true;
      continue;
    }
    labels.push(labels.length > 0 && spaced ? ' ' + t.norm : t.norm);
    spaced = false;
  }
  return labels;
}

function replaceWord(phrase: string, index: number, word: string): string {
  const words = phrase.split(' ');
  if (index >= words.length) return phrase;
  words[index] = word;
  return words.join(' ');
}

/** Inflect the head word of a phrase, keeping a capitalised head capitalised. */
function inflectHead(phrase: string, head: number, inflect: (w: string) => string): string {
  const words = phrase.split(' ');
  const word = words[head];
  if (word === undefined) return phrase;
  const lower = word.toLowerCase();
  let out = inflect(lower);
  if (word !== lower) out = out.charAt(0).toUpperCase() + out.slice(1);
  return replaceWord(phrase, head, out);
}

/** Expand an entry into (spun surface, replacement, form) triples. */
export interface Expansion {
  surface: string;
  replacement: string;
  form: InflectedForm | null;
  participle?: string;
}

export function expandEntry(entry: Entry): Expansion[] {
  const head = entry.head ?? 0;
  const out: Expansion[] = [];
  const wanted = (f: InflectedForm) => !entry.forms || entry.forms.includes(f);
  for (const spunRaw of entry.spun) {
    const spun = spunRaw.trim().replace(/\s+/g, ' ');
    const original = entry.original.trim().replace(/\s+/g, ' ');
    if (!entry.inflect) {
      out.push({ surface: spun, replacement: original, form: null });
      continue;
    }
    if (entry.pos === 'verb') {
      for (const form of ['base', 'third', 'past', 'participle', 'gerund'] as const) {
        if (!wanted(form)) continue;
        const expansion: Expansion = {
          surface: inflectHead(spun, head, (w) => verbForms(w)[form]),
          replacement: inflectHead(original, head, (w) => verbForms(w)[form]),
          form,
        };
        if (form === 'past' && wanted('participle')) {
          const participle = inflectHead(original, head, (w) => verbForms(w).participle);
          if (participle !== expansion.replacement) expansion.participle = participle;
        }
        out.push(expansion);
      }
    } else {
      if (wanted('base')) out.push({ surface: spun, replacement: original, form: 'base' });
      if (wanted('plural')) {
        out.push({ surface: inflectHead(spun, head, pluralOf), replacement: inflectHead(original, head, pluralOf), form: 'plural' });
      }
    }
  }
  // The same surface can come out twice (e.g. past and participle of "state"): keep one per replacement.
  const seen = new Set<string>();
  return out.filter((v) => {
    const key = `${v.surface}\u0000${v.replacement}`;
    if (seen.has(key) || phraseKey(v.surface) === phraseKey(v.replacement)) return false;
    seen.add(key);
    return true;
  });
}

export function compileDictionaries(dictionaries: DictionaryFile[], options: CompileOptions = {}): CompiledDictionary {
  const disabled = new Set(options.disable ?? []);
  const disabledTags = new Set(options.disableTags ?? []);
  const root: TrieNode = { next: new Map() };
  const entries = new Map<string, Entry>();
  const originalPriors = new Map<string, number>();
  let size = 0;

  // Later dictionaries override earlier ones entry by entry (same id).
  for (const dict of dictionaries) for (const entry of dict.entries) entries.set(entry.id, entry);
  if (options.gazetteer !== false) {
    const active = [...entries.values()].filter((e) => !disabled.has(e.id) && !e.tags.some((t) => disabledTags.has(t)));
    for (const entry of gazetteerEntries(active)) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  }

  const minPrior = options.minPrior ?? MIN_PRIOR;
  for (const entry of entries.values()) {
    if (disabled.has(entry.id) || entry.tags.some((t) => disabledTags.has(t)) || entry.prior < minPrior) continue;
    for (const { surface, replacement, form, participle } of expandEntry(entry)) {
      const labels = edgeLabels(surface);
      if (labels.length === 0) continue;
      let node = root;
      for (const label of labels) {
        // Most nodes are leaves: their maps are made only when a child needs one.
        const spaced = label.startsWith(' ');
        const edges = spaced ? (node.spaced ??= new Map()) : (node.next ??= new Map());
        const word = spaced ? label.slice(1) : label;
        let child = edges.get(word);
        if (!child) edges.set(word, (child = {}));
        node = child;
      }
      const variant: Variant = {
        entry,
        replacement,
        form,
        participle,
        surface,
        spunKey: phraseKey(surface),
        originalKey: phraseKey(replacement),
      };
      (node.variants ??= []).push(variant);
      size++;
      originalPriors.set(variant.originalKey, Math.max(originalPriors.get(variant.originalKey) ?? 0, entry.prior));
    }
  }
  return { root, entries, originalPriors, size };
}
