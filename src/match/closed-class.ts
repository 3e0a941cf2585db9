/**
 * The closed-class words of English: articles and determiners, pronouns,
 * prepositions, conjunctions, auxiliaries and modals, and a few particles.
 *
 * An entry's required neighbours made only of these (and punctuation) state
 * grammar: "shut" -> "close" after "to" or "will", "discussed" -> "talked"
 * before "about". Without them the restored word would not fit the sentence,
 * so such a condition stays a hard gate. Neighbours with a content word
 * ("officers" after "health", "government") state a collocation: evidence
 * the scorer weighs (src/match/find.ts).
 */
export const CLOSED_CLASS: ReadonlySet<string> = new Set(
  (
    // articles, determiners, quantifiers
    'a an the this that these those my your his her its our their some any no every each either neither all both ' +
    'few many much more most several such what which whose whatever whichever another other ' +
    // pronouns
    'i me you he him she it we us they them myself yourself himself herself itself ourselves themselves ' +
    'who whom one ones someone anyone everyone nobody something anything everything nothing ' +
    // prepositions
    'of to in on at by for with from about into onto upon over under between among amid through throughout during ' +
    'before after above below against across along around behind beyond near off out up down since until till ' +
    'toward towards within without via per than as like despite except inside outside ' +
    // conjunctions
    'and or but nor so yet if because although though while whereas unless whether when where how why then ' +
    // auxiliaries, modals, negation
    "be am is are was were been being have has had having do does did doing will would shall should can could " +
    "may might must 's 'd 've 're 'll 'm not n't never no " +
    // particles and degree words
    'there here also just only very too even still already again ever'
  ).split(/\s+/),
);

/** Every word of the phrase is a closed-class word or punctuation. */
export function isGrammatical(words: string[]): boolean {
  return words.every((w) => CLOSED_CLASS.has(w) || !/[\p{L}\p{N}]/u.test(w));
}
