/**
 * An entry's surface forms: what compile() inserts into the trie.
 *
 * Working them out (inflecting the head word, splitting into trie edge
 * labels, normalising keys) is most of what compiling costs. For the bundled
 * dictionaries it is done once, when the package is built (tsup.config.ts
 * packs the forms into each bundled file; src/bundled.ts unpacks them), so a
 * one-off `unspin` run does not pay for it. Entries without packed forms
 * (users' dictionaries, generated names, the test suite's raw JSON) are
 * expanded here on first use, by the same code.
 */
import type { Entry, InflectedForm } from './schema';
import { participleOfPast, pluralOf, verbForms } from './inflect';
import { tokenize, normalizeWord } from '../text/tokenize';
import { shared } from './shared-strings';

/** Whitespace that single-spacing would change: a run of two or more, or one that is not a space. */
const NOT_SINGLE_SPACED = /[^\S ]|\s{2}/;

/** Normalised form of a phrase: lowercase, folded apostrophes, single spaces. */
export function phraseKey(text: string): string {
  const key = normalizeWord(text).trim();
  // A key already single-spaced is returned as it is, often the very string given: replace()
  // would return an equal cons string, two objects more per key (1.2 MB over the bundled trie).
  return NOT_SINGLE_SPACED.test(key) ? key.replace(/\s+/g, ' ') : key;
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
      const fixed: Expansion = { surface: spun, replacement: original, form: null };
      // A verb entry written in a fixed past form ("got here up" -> "came up") restores the
      // participle after have ("has got here up" -> "has come up"), as inflected entries do.
      if (entry.pos === 'verb') {
        const participle = inflectHead(original, head, (w) => participleOfPast(w) ?? w);
        if (participle !== original) fixed.participle = participle;
      }
      out.push(fixed);
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

export interface SurfaceForm {
  /** The spun surface as written in the entry (inflected). */
  surface: string;
  /** The repaired wording for it. */
  replacement: string;
  form: InflectedForm | null;
  /** The original as a participle, for past forms used after have/be (see Variant). */
  participle?: string;
  /** Trie edge labels of the surface (see edgeLabels). */
  labels: string[];
  /** Normalised surface and replacement (frequency-table keys). */
  spunKey: string;
  originalKey: string;
}

/**
 * Packed forms, one string per entry: forms separated by \u0002, fields by
 * \u0001 (surface, replacement, form, participle, labels joined by \u0003).
 * Neither character can occur in an entry (the schema refuses control
 * characters); the keys are recomputed on unpacking, which is cheap.
 */
export type PackedForms = string;

const packed = new WeakMap<Entry, PackedForms>();

export function surfaceFormsOf(entry: Entry): SurfaceForm[] {
  const p = packed.get(entry);
  return p === undefined ? expand(entry) : unpack(p);
}

function expand(entry: Entry): SurfaceForm[] {
  return expandEntry(entry).map((x) => ({
    ...x,
    labels: edgeLabels(x.surface),
    spunKey: phraseKey(x.surface),
    originalKey: phraseKey(x.replacement),
  }));
}

export function packSurfaceForms(entry: Entry): PackedForms {
  return expand(entry)
    .map((f) => [f.surface, f.replacement, f.form ?? '', f.participle ?? '', f.labels.join('\u0003')].join('\u0001'))
    .join('\u0002');
}

/** Attach packed forms (made by packSurfaceForms from an entry equal to this one). */
export function attachSurfaceForms(entry: Entry, forms: PackedForms): void {
  packed.set(entry, forms);
}

/**
 * The entry's surface forms whose first edge label is `word`, in order: what
 * the packed matcher inserts below that first word (src/dictionary/packed-matcher.ts).
 * Packed forms are unpacked only when they start with the word: the first
 * 2 MB of the bench corpus unpacked 45,394 forms to insert 16,611.
 */
export function surfaceFormsStartingWith(entry: Entry, word: string): SurfaceForm[] {
  const p = packed.get(entry);
  if (p === undefined) return expand(entry).filter((f) => f.labels[0] === word);
  const out: SurfaceForm[] = [];
  const wordings: string[] = [];
  for (let start = 0; start < p.length; ) {
    let end = p.indexOf('\u0002', start);
    if (end < 0) end = p.length;
    // The labels are a form's last field; the first label is followed by \u0003 or ends the form.
    const labels = p.lastIndexOf('\u0001', end - 1) + 1;
    const after = labels + word.length;
    if (p.startsWith(word, labels) && (after === end || p.charCodeAt(after) === 3)) {
      out.push(unpackForm(p.slice(start, end), wordings));
    }
    start = end + 1;
  }
  return out;
}

function unpack(p: PackedForms): SurfaceForm[] {
  if (p === '') return [];
  const wordings: string[] = [];
  return p.split('\u0002').map((one) => unpackForm(one, wordings));
}

/**
 * An entry's forms repeat its wordings (every spun alternative restores the
 * same original): each wording is kept once per entry, not once per form.
 * `wordings` holds those of the entry's forms unpacked so far: a handful
 * (an entry has two forms at the median, 47 at most), which a list finds
 * quicker than a Map, whose every new string must first be hashed (the Map
 * took 4% of a cold start's first 2 MB of the bench corpus).
 */
function once(wordings: string[], s: string): string {
  for (const w of wordings) if (w === s) return w;
  wordings.push(s);
  return s;
}

function unpackForm(one: string, wordings: string[]): SurfaceForm {
  // Fields read by index rather than destructured: destructuring steps an iterator, which code
  // not yet optimised (a cold start, where most forms are unpacked) pays for in full.
  const fields = one.split('\u0001');
  const surface = once(wordings, fields[0]);
  const replacement = once(wordings, fields[1]);
  const form = fields[2];
  const participle = fields[3];
  const f: SurfaceForm = {
    surface,
    replacement,
    form: form === '' ? null : (shared(form) as InflectedForm),
    labels: fields[4].split('\u0003'),
    spunKey: once(wordings, phraseKey(surface)),
    originalKey: once(wordings, phraseKey(replacement)),
  };
  if (participle !== '') f.participle = once(wordings, participle);
  return f;
}
