/**
 * English inflection for dictionary compilation.
 *
 * Runs when dictionaries compile, never per match. Forms come from the
 * table in data/inflections.json (generated at build time with compromise's
 * conjugator and pluralizer, see scripts/build-data.mjs); words missing from
 * the table (e.g. in a user's dictionary) fall back to the regular rules below.
 */
import table from '../../data/inflections.json';
import { fromJson, lazy } from '../data';

export interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

interface InflectionData {
  verbs: Record<string, [string, string, string, string]>;
  nouns: Record<string, string>;
}
const tables = lazy(() => {
  const data = fromJson<InflectionData>(table);
  return { verbs: new Map(Object.entries(data.verbs)), nouns: new Map(Object.entries(data.nouns)) };
});

const VOWEL = /[aeiou]/;

// Verbs ending consonant-vowel-consonant double the last letter when that
// syllable is stressed: all one-syllable verbs (stop, plan), and longer ones
// with these stressed endings (admit, prefer, expel, occur, control, kidnap).
const STRESSED_ENDING = /(mit|fer|pel|cur|trol|gin|get|nap|quit|quip|nul|bel|gret|mir|bat|dit|pan|hop|lap|vet)$/;
const UNSTRESSED = /(offer|suffer|differ|proffer|budget|target|market|limit|visit|credit|edit|deposit|exhibit|inherit|orbit|profit|vomit|audit|gallop|develop|envelop|gossip|combat|benefit|fidget|ballot|pivot)$/;

function doublesFinal(word: string): boolean {
  const verb = word.replace(/qu/g, 'q'); // the u of "qu" is not a vowel: quit, acquit
  if (!/[^aeiou][aeiou][bdgklmnprt]$/.test(verb) || /[aeiou]{2}[bdgklmnprt]$/.test(verb)) return false;
  const vowelGroups = verb.match(/[aeiou]+/g)?.length ?? 0;
  if (vowelGroups <= 1) return true;
  return STRESSED_ENDING.test(word) && !UNSTRESSED.test(word);
}

export function regularVerb(base: string): VerbForms {
  let third: string;
  if (/(s|x|z|ch|sh|o)$/.test(base)) third = base + 'es';
  else if (/[^aeiou]y$/.test(base)) third = base.slice(0, -1) + 'ies';
  else third = base + 's';

  let past: string;
  let gerund: string;
  if (/e$/.test(base) && !/(ee|ye|oe)$/.test(base)) {
    past = base + 'd';
    gerund = base.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(base)) {
    past = base.slice(0, -1) + 'ied';
    gerund = base + 'ing';
  } else if (/ee$/.test(base)) {
    past = base + 'd';
    gerund = base + 'ing';
  } else if (doublesFinal(base)) {
    const last = base[base.length - 1];
    past = base + last + 'ed';
    gerund = base + last + 'ing';
  } else {
    past = base + 'ed';
    gerund = base + 'ing';
  }
  if (/ie$/.test(base)) gerund = base.slice(0, -2) + 'ying';
  return { base, third, past, participle: past, gerund };
}

/** The five forms of a verb given its base form (lowercase). */
export function verbForms(base: string): VerbForms {
  const known = tables().verbs.get(base);
  if (known) return { base, third: known[0], past: known[1], participle: known[2], gerund: known[3] };
  return regularVerb(base);
}

/**
 * The past participle for an irregular past form whose participle differs
 * ("came" -> "come", "took" -> "taken", "began" -> "begun"); undefined for any
 * other word. For entries written in a fixed past form ("got here up" ->
 * "came up"), whose restoration after have must be the participle.
 */
export function participleOfPast(word: string): string | undefined {
  return pastParticiples().get(word);
}

const pastParticiples = lazy(() => {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  const verbs = tables().verbs;
  for (const [, [, past, participle]] of verbs) {
    // A past form that is also a verb's base ("lay", "saw", "found", "fell") may be that verb:
    // "has put off" must not become "has lain off" for an entry restoring "lay off".
    // "got": British English keeps "has got", so it is left as the entry writes it.
    if (past === participle || verbs.has(past) || past === 'got') continue;
    // Two verbs sharing a past form with different participles: no single answer, so none.
    if (out.has(past) && out.get(past) !== participle) ambiguous.add(past);
    out.set(past, participle);
  }
  for (const past of ambiguous) out.delete(past);
  return out;
});

/** The plural of a noun given its singular (lowercase). */
export function pluralOf(noun: string): string {
  const known = tables().nouns.get(noun);
  if (known) return known;
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/[^aeiou]o$/.test(noun) && VOWEL.test(noun)) return noun + 'es';
  return noun + 's';
}

export function isKnownVerb(base: string): boolean {
  return tables().verbs.has(base);
}

/** Auxiliaries and modals: finite verbs the verb table, made of lexical verbs, may not hold. */
const AUXILIARIES = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m",
  'has', 'have', 'had', 'having', "'ve", "'d",
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't",
  "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
];

const verbFormSet = lazy(() => {
  const out = new Set<string>(AUXILIARIES);
  for (const [base, forms] of tables().verbs) {
    out.add(base);
    for (const f of forms) out.add(f);
  }
  return out;
});

/**
 * Could this word (lowercase) be a verb? Any form of a verb in the table
 * (Brown's base-form verbs and the dictionaries' head words), an auxiliary,
 * an unknown word ending like a past form or a gerund, or a contraction
 * ("that's", "they're"; a possessive too). Errs towards yes:
 * it decides that a clause has no verb (dictionaries/FORMAT.md, `noVerbAfter`).
 */
export function mayBeVerb(word: string): boolean {
  const w = word.replace(/\u2019/g, "'");
  return verbFormSet().has(w) || /[a-z]{2}(ed|ing)$/.test(w) || /'(s|re|m|ve|d|ll|t)$/.test(w);
}
