/**
 * A text's tokens as the repair pipeline holds them: where each starts, and
 * its interned Word (src/text/lexicon.ts), in two arrays. The public
 * tokenize() makes a Token object and two strings per token; this makes none
 * (a token's text is sliced from the input only when asked for), and the
 * stages find the norm and everything cached about the word on the Word.
 * The tokens are exactly those of tokenize().
 */
import { Lexicon, SPACE_WORD, type Word } from './lexicon';
import { scanToken, type TokenKind } from './tokenize';

/** Whether the code unit at i may be whitespace: ASCII whitespace, or anything beyond ASCII. False past the end. */
function maySpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 0x80 || c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Characters per token of the room a TokenList is made with (English prose has about three). */
const TOKEN_ROOM = 2;

export class TokenList {
  /** Start of each token, and the input's length last (so token i ends where i + 1 starts). */
  readonly starts: number[];
  readonly words: Word[];

  constructor(
    readonly input: string,
    /** Where the Words are interned (lookups by norm go there). */
    readonly lexicon: Lexicon = new Lexicon(),
  ) {
    lexicon.trim();
    // Made with room for the tokens of most texts (one per TOKEN_ROOM characters), set by index and
    // cut to length at the end, rather than grown by push: the growing allocated a third of what a
    // repair does (720 MB a pass over the 50 MB bench corpus, sampling heap profile).
    const room = Math.ceil(input.length / TOKEN_ROOM);
    const starts: number[] = new Array(room + 1);
    const words: Word[] = new Array(room);
    let n = 0;
    for (let i = 0; i < input.length; n++) {
      starts[n] = i;
      // Fast path for most spaces: a single space before a non-space.
      if (input.charCodeAt(i) === 0x20 && !maySpaceAt(input, i + 1)) {
        words[n] = SPACE_WORD;
        i++;
        continue;
      }
      // A plain ASCII word (most tokens): its Word is added, and where it ends known, without reading the
      // Word: the next token's scan does not wait for the lookup (TokenList alone on the bench corpus,
      // 66-75 ms with the word's end read from its Word's norm, 64-68 ms without).
      const plainEnd = lexicon.addPlainWord(input, i, words, n);
      if (plainEnd > i) {
        i = plainEnd;
        continue;
      }
      const scanned = scanToken(input, i);
      const end = scanned >> 2;
      words[n] = lexicon.intern(input, i, end, scanned & 3);
      i = end;
    }
    starts[n] = input.length;
    starts.length = n + 1;
    words.length = n;
    this.starts = starts;
    this.words = words;
  }

  get length(): number {
    return this.words.length;
  }

  kind(i: number): TokenKind {
    return this.words[i].kind;
  }

  isSpace(i: number): boolean {
    return this.words[i] === SPACE_WORD;
  }

  /** The first content (non-space) token from index k on, going in direction dir; -1 past either end. */
  contentFrom(k: number, dir: 1 | -1): number {
    while (k >= 0 && k < this.words.length && this.words[k] === SPACE_WORD) k += dir;
    return k >= 0 && k < this.words.length ? k : -1;
  }

  norm(i: number): string {
    return this.words[i].norm;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.starts[i + 1];
  }

  /** The exact source text of token i. */
  text(i: number): string {
    return this.input.slice(this.starts[i], this.starts[i + 1]);
  }
}
