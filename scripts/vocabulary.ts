/**
 * Breadth of the dictionaries over the vocabulary of English prose: of the N
 * most frequent content words, how many would unspin restore if a spinner
 * swapped them (some compiled entry, at the default prior floor, has the word
 * as its original, in any inflection)?
 *
 * Run: npx tsx scripts/vocabulary.ts [N=3000] [--missing]
 *
 * Content words are those of three letters or more whose commonest Brown tag
 * (files outside ca01-ca44) is a common noun, verb, adjective or adverb,
 * ranked by their Brown count (edited prose, nearer news than SUBTLEX's film
 * subtitles; SUBTLEX breaks ties).
 * --missing lists the uncovered ones, most frequent first, with their tag.
 */
import { commonestBrownTags } from './corpora';
import { compileDictionaries } from '../src/dictionary/compile';
import { bundledDictionaries } from '../src/bundled';
import { defaultFrequencies } from '../src/score/frequency';

const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 3000);
const listMissing = args.includes('--missing');

const CONTENT = /^(nn|nns|vb|vbd|vbg|vbn|vbz|jj|jjr|jjs|jjt|rb|rbr|rbt)$/;
const freq = defaultFrequencies();
const content: Array<{ word: string; tag: string; brown: number; rate: number }> = [];
for (const [word, commonest] of commonestBrownTags()) {
  if (!/^[a-z][a-z'-]+[a-z]$/.test(word)) continue;
  const tag = commonest.replace(/-.*$/, '');
  if (!CONTENT.test(tag)) continue;
  content.push({ word, tag, brown: freq.count(word), rate: freq.perMillion(word) });
}
content.sort((a, b) => b.brown - a.brown || b.rate - a.rate || (a.word < b.word ? -1 : 1));

const compiled = compileDictionaries(Object.values(bundledDictionaries()));
const restored = new Set(compiled.originalPriors.keys());

const ranked = content.slice(0, top);
const missing = ranked.filter((c) => !restored.has(c.word));
const byTag = new Map<string, [number, number]>();
for (const c of ranked) {
  const kind = c.tag.startsWith('nn') ? 'noun' : c.tag.startsWith('vb') ? 'verb' : c.tag.startsWith('jj') ? 'adjective' : 'adverb';
  const t = byTag.get(kind) ?? [0, 0];
  t[0]++;
  if (restored.has(c.word)) t[1]++;
  byTag.set(kind, t);
}
console.log(`top ${top} content words (surface forms) of clean prose: ${top - missing.length} restorable (${((100 * (top - missing.length)) / top).toFixed(1)}%)`);
console.log('  ' + [...byTag].map(([k, [n, c]]) => `${k} ${c}/${n}`).join('  '));
if (listMissing) for (const c of missing) console.log(`${c.word}\t${c.tag}\t${c.brown}`);
