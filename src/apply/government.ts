/**
 * Verb government that swaps break. A spinner that turns "able to develop"
 * into "capable of develop" leaves a complement that only fits its own word;
 * once "able" is back, "of" must become "to" again. Each frame says: after
 * this word, this preposition followed by a bare verb is wrong, use that one.
 */
import { isKnownVerb } from '../dictionary/inflect';

export interface GovernmentFrame {
  head: string;
  wrong: string;
  right: string;
}

export const GOVERNMENT_FRAMES: GovernmentFrame[] = [
  { head: 'able', wrong: 'of', right: 'to' },
  { head: 'unable', wrong: 'of', right: 'to' },
  { head: 'want', wrong: 'of', right: 'to' },
  { head: 'wanted', wrong: 'of', right: 'to' },
  { head: 'try', wrong: 'of', right: 'to' },
  { head: 'tried', wrong: 'of', right: 'to' },
];

/** A bare (base-form) verb: a known verb lemma that is not a gerund. */
export function isBareVerb(word: string): boolean {
  return !/ing$/.test(word) && isKnownVerb(word);
}

/**
 * What the restored `lastWord` says about the `prep` + `next` that follow it:
 * `fix` (the preposition must change), `conflict` (the restored word cannot
 * stand there, e.g. "able of developing", so the swap was wrong) or `ok`.
 */
export function checkGovernment(lastWord: string, prep: string, next: string): { verdict: 'ok' } | { verdict: 'fix' | 'conflict'; frame: GovernmentFrame } {
  const head = lastWord.toLowerCase();
  const frame = GOVERNMENT_FRAMES.find((f) => f.head === head && f.wrong === prep.toLowerCase());
  if (!frame) return { verdict: 'ok' };
  return { verdict: isBareVerb(next.toLowerCase()) ? 'fix' : 'conflict', frame };
}
