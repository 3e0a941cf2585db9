/**
 * a/an agreement. A swap can leave the wrong article ("a uncommon diplomat"
 * once "rare" is put back should read "a rare diplomat", and "a uncommon" in
 * the input was the spinner's own mistake). The choice follows the sound of
 * the next word, approximated from its spelling.
 */

// Vowel letters that sound like a consonant, and silent h.
const VOWEL_BUT_CONSONANT = /^(uni(?!nten|mpor|ndic|nhab|nit)|use|usu|uti|ura|ure|uro|eu|ewe|one\b|once|ubiq|uga|uk)/i;
const SILENT_H = /^(hour|honest|honor|honour|heir|herb)/i;
// Letters whose spoken name starts with a vowel sound, for acronyms (an FBI agent, a US envoy).
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** The article a word takes: 'an' or 'a'. */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (w.length === 0) return 'a';
  // A letter spoken by its name before a hyphen: a U-turn, an X-ray.
  if (/^\p{Lu}-/u.test(w)) return VOWEL_SOUND_LETTERS.has(w[0]) ? 'an' : 'a';
  const letters = w.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && !/[aeiou]/.test(w)) {
    return VOWEL_SOUND_LETTERS.has(letters[0]) ? 'an' : 'a';
  }
  if (/^\d/.test(w)) return /^(8|11|18)(?!\d)|^8\d/.test(w) ? 'an' : 'a';
  if (SILENT_H.test(w)) return 'an';
  if (/^[aeiou]/i.test(w)) return VOWEL_BUT_CONSONANT.test(w) ? 'a' : 'an';
  return 'a';
}

/** Write `article` in the case of `written` ("A" -> "An", "AN" -> "A"). */
export function matchArticleCase(article: 'a' | 'an', written: string): string {
  if (written === written.toUpperCase() && written.length > 1) return article.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return article[0].toUpperCase() + article.slice(1);
  return article;
}
