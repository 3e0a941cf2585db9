/**
 * A compiled matcher packed at build time, unpacked as text needs it.
 *
 * Compiling the bundled dictionaries makes some 22,000 variants and 30,000
 * trie nodes: most of a one-off `unspin` run's time and a good part of its
 * memory, for a text that meets a few hundred of them. So the build compiles
 * the bundled set once and keeps, for each first word of a key, the entries
 * whose surface forms start with it (in compile order); at run time a first
 * word's subtree is built from those entries the first time the text holds
 * that word, by the same insertions compileDictionaries makes (insertForm),
 * so the trie, and every repair, come out the same.
 */
import type { Entry } from './schema';
import { emptyNode, insertForm, type CompiledDictionary, type TrieNode } from './compile';
import { surfaceFormsOf, surfaceFormsStartingWith, type SurfaceForm } from './surface-forms';

/** What the build keeps of a compiled matcher (JSON-safe; the numbers are entry indices, see EntrySource). */
export interface PackedMatcher {
  /** Indices of the compiled dictionary's `entries`, in its order, comma-separated. */
  entries: string;
  /** Lines "first word TAB indices": the entries with a surface form that starts with the word, in compile order. */
  firstWords: string;
  /** Lines "original TAB prior": the compiled dictionary's `originalPriors`. */
  originalPriors: string;
  size: number;
}

/** The entries the indices refer to. */
export type EntrySource = (index: number) => Entry;

/** Pack a compiled dictionary whose entries all have an index in `indexOf`. */
export function packMatcher(compiled: CompiledDictionary, indexOf: Map<Entry, number>): PackedMatcher {
  const index = (e: Entry) => {
    const i = indexOf.get(e);
    if (i === undefined) throw new Error(`packMatcher: entry ${e.id} has no index`);
    return i;
  };
  const order = new Map<Entry, number>();
  for (const e of compiled.entries.values()) order.set(e, order.size);
  const lines: string[] = [];
  for (const [word, node] of compiled.root.next ?? []) {
    const found = new Set<Entry>();
    const visit = (n: TrieNode) => {
      for (const v of n.variants ?? []) found.add(v.entry);
      for (const child of n.next?.values() ?? []) visit(child);
      for (const child of n.spaced?.values() ?? []) visit(child);
    };
    visit(node);
    const inOrder = [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    lines.push(`${word}\t${inOrder.map(index).join(',')}`);
  }
  return {
    entries: [...compiled.entries.values()].map(index).join(','),
    firstWords: lines.join('\n'),
    originalPriors: [...compiled.originalPriors].map(([k, p]) => `${k}\t${p}`).join('\n'),
    size: compiled.size,
  };
}

/**
 * The root's children: a Map that builds a first word's subtree when it is
 * first asked for. Any other use of the Map (size, iteration) builds them all.
 * Once all are built, the root's children are a plain Map again.
 *
 * Only the words a text holds are built, however many other words it looks
 * up: the matcher looks each distinct word up once (startingNode,
 * src/match/trie-walk.ts), so how quick the root's map is matters little,
 * and building them all once a text had looked up 5,000 words that are none,
 * as this did, cost a cold start more than it saved (first tenth of the 5 MB
 * bench corpus in a fresh process, median of 6: 786 ms CPU with, 731 without; the whole
 * corpus meets 4,720 of the 9,134 first words).
 */
class FirstWords extends Map<string, TrieNode> {
  /** Where each first word's line starts, for the words not built yet (null: all built). */
  private pending: Map<string, number> | null;

  constructor(
    private readonly text: string,
    private readonly entryAt: EntrySource,
    private readonly root: TrieNode,
  ) {
    super();
    this.pending = new Map();
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.pending.set(text.slice(start, text.indexOf('\t', start)), start);
      start = end + 1;
    }
  }

  override get(word: string): TrieNode | undefined {
    const node = super.get(word);
    // Kept small so that it inlines into the matcher's loop; a word not built yet takes build().
    return node === undefined && this.pending !== null ? this.build(word) : node;
  }

  private build(word: string): TrieNode | undefined {
    const start = this.pending!.get(word);
    return start === undefined ? undefined : this.buildAt(word, start);
  }

  /** Build a first word's subtree from its line; `forms` keeps entries' forms for other words (buildAll). */
  private buildAt(word: string, start: number, forms?: Map<number, SurfaceForm[]>): TrieNode {
    this.pending!.delete(word);
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    const node = emptyNode();
    for (const field of this.text.slice(this.text.indexOf('\t', start) + 1, end).split(',')) {
      const i = Number(field);
      const entry = this.entryAt(i);
      if (forms === undefined) {
        for (const form of surfaceFormsStartingWith(entry, word)) insertForm(node, form.labels, 1, entry, form);
        continue;
      }
      let list = forms.get(i);
      if (list === undefined) {
        list = surfaceFormsOf(entry);
        forms.set(i, list);
      }
      for (const form of list) if (form.labels[0] === word) insertForm(node, form.labels, 1, entry, form);
    }
    super.set(word, node);
    if (this.pending!.size === 0) this.complete();
    return node;
  }

  /** Build every first word not built yet (an entry's forms are worked out once for all its first words). */
  private buildAll(): void {
    if (!this.pending) return;
    const forms = new Map<number, SurfaceForm[]>();
    for (const [word, start] of [...this.pending]) this.buildAt(word, start, forms);
  }

  /** All built: the root's children become a plain Map (this one stays valid for whoever holds it). */
  private complete(): void {
    this.pending = null;
    this.root.next = new Map(super.entries());
  }

  override has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  override get size(): number {
    this.buildAll();
    return super.size;
  }

  override entries(): MapIterator<[string, TrieNode]> {
    this.buildAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.buildAll();
    return super.keys();
  }

  override values(): MapIterator<TrieNode> {
    this.buildAll();
    return super.values();
  }

  override forEach(fn: (value: TrieNode, key: string, map: Map<string, TrieNode>) => void, thisArg?: unknown): void {
    this.buildAll();
    super.forEach(fn, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, TrieNode]> {
    return this.entries();
  }
}

/** The compiled dictionary of a packed matcher; first-word subtrees are built on first use. */
export function unpackMatcher(packed: PackedMatcher, entryAt: EntrySource): CompiledDictionary {
  const originalPriors = new Map<string, number>();
  for (const line of packed.originalPriors.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) originalPriors.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  let entries: Map<string, Entry> | undefined;
  const root = emptyNode();
  root.next = new FirstWords(packed.firstWords, entryAt, root);
  // Its children are not all there until built: no bit may rule one out.
  root.nextBits = -1;
  return {
    root,
    // Nothing in a repair reads the entries map: it is made only if asked for.
    get entries() {
      if (!entries) {
        entries = new Map();
        for (const i of packed.entries.split(',')) {
          const e = entryAt(Number(i));
          entries.set(e.id, e);
        }
      }
      return entries;
    },
    originalPriors,
    size: packed.size,
  };
}
