/**
 * Walking the token trie (src/dictionary/compile.ts) along the input tokens.
 * Whitespace between tokens selects a node's `spaced` children, so "p.c" and
 * "p. c" are different keys.
 */
import type { TokenList } from '../text/token-list';
import type { Word } from '../text/lexicon';
import type { TrieNode } from '../dictionary/compile';

/**
 * The trie node of the keys that start with word w (null: none), kept on the
 * word: a text's words recur, and the root's children are the one map every
 * token would be looked up in. (Not named after the Word field it fills:
 * sucrase's CommonJS transform turned the field's initialiser into an
 * assignment to an export of the same name.)
 */
export function startingNode(w: Word, root: TrieNode): TrieNode | null {
  if (w.firstRoot !== root) {
    const node = root.next === undefined ? undefined : root.next.get(w.norm);
    w.firstNode = node === undefined ? null : node;
    w.firstRoot = root;
  }
  return w.firstNode;
}

/**
 * Walk the trie from content token i along the following tokens, calling
 * `visit` with each node reached and the index of the last token consumed.
 * Whitespace between tokens selects the node's `spaced` children, so "p.c"
 * and "p. c" are different keys.
 */
export function walkTrie(root: TrieNode, tokens: TokenList, i: number, visit: (node: TrieNode, last: number) => void): void {
  let node: TrieNode | null | undefined = startingNode(tokens.words[i], root);
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
export const child = (node: TrieNode, tokens: TokenList, j: number, k: number): TrieNode | undefined => {
  const w = tokens.words[k];
  // A bit set says some child's label may be the word's (and that the map is there).
  if (k > j + 1) return (node.spacedBits & w.labelBit) === 0 ? undefined : (node.spaced as Map<string, TrieNode>).get(w.norm);
  return (node.nextBits & w.labelBit) === 0 ? undefined : (node.next as Map<string, TrieNode>).get(w.norm);
};

/** Index of the token after j (skipping one whitespace token), or -1 when the node has no children or the text ends. */
export function step(node: TrieNode, tokens: TokenList, j: number): number {
  if (!node.next && !node.spaced) return -1;
  let k = j + 1;
  if (k < tokens.length && tokens.isSpace(k)) k++;
  return k < tokens.length ? k : -1;
}
