/**
 * Breadth of the dictionaries over the multiword expressions of English
 * prose: of the N most frequent multiword WordNet lemmas in Brown (phrasal
 * verbs, idioms, compounds, connectives: "as well", "take over", "in order"),
 * how many would unspin restore if a spinner swapped them (some compiled
 * entry restores the phrase, in its base form)?
 *
 * Run: npx tsx scripts/phrases.ts [N=1000] [--missing]
 *
 * Counts are whole-token matches, lowercased, in the Brown files outside
 * ca01-ca44 (the press reportage files are kept for evaluation). Not counted:
 * lemmas made only of closed-class words ("in this", "out of": grammar, which
 * spinners leave alone), lemmas starting with "the" ("the city": a noun with
 * its article) and names (every word tagged as a proper noun: "new york").
 */
import { brownFiles, brownSentences } from './corpora';
import { senses, WORDNET_POS } from './wordnet';
import { compileDictionaries } from '../src/dictionary/compile';
import { CLOSED_CLASS } from '../src/match/closed-class';
import { bundledDictionaries } from '../src/bundled';

const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const listMissing = args.includes('--missing');
const MAX_WORDS = 4;

// Multiword lemmas of two to four plain words.
const lemmas = new Set<string>();
for (const pos of WORDNET_POS) {
  for (const lemma of senses(pos).keys()) {
    const words = lemma.split(' ');
    if (words.length < 2 || words.length > MAX_WORDS || !words.every((w) => /^[a-z][a-z'-]*$/.test(w))) continue;
    if (words[0] === 'the' || words.every((w) => CLOSED_CLASS.has(w))) continue;
    lemmas.add(lemma);
  }
}

const counts = new Map<string, number>();
for (const file of brownFiles()) {
  for (const sentence of brownSentences(file)) {
    const words = sentence.map((t) => t.word.toLowerCase());
    const proper = sentence.map((t) => /^np/.test(t.tag));
    for (let i = 0; i < words.length; i++) {
      let phrase = words[i];
      let name = proper[i];
      for (let n = 2; n <= MAX_WORDS && i + n <= words.length; n++) {
        phrase += ' ' + words[i + n - 1];
        name = name && proper[i + n - 1];
        if (lemmas.has(phrase) && !name) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
  }
}

const restored = new Set(compileDictionaries(Object.values(bundledDictionaries())).originalPriors.keys());
const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
const missing = ranked.filter(([p]) => !restored.has(p));
console.log(`top ${ranked.length} multiword expressions (WordNet lemmas, by Brown count): ${ranked.length - missing.length} restorable (${((100 * (ranked.length - missing.length)) / ranked.length).toFixed(1)}%)`);
if (listMissing) for (const [p, n] of missing) console.log(`${p}\t${n}`);
