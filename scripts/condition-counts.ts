/**
 * Counts, on clean Brown text, where the bundled entries' context conditions
 * hold (src/score/condition-rates.ts explains why the scorer wants them).
 *
 * For every entry with conditions, at every occurrence of its spun form and
 * of its original (each inflected form on its own), the entry's conditions
 * are checked as the matcher checks them at run time. An occurrence whose
 * only failing condition is a missing content-word neighbour counts as not
 * held, as the matcher then rates the candidate on bare word rates.
 * The original's occurrences are found with a mirrored dictionary (each
 * entry's original as its spun form, the conditions unchanged); the
 * neighbours are judged against the real one.
 *
 * Used by scripts/build-data.ts (all of Brown without ca01-ca44, shipped in
 * data/frequencies.json) and scripts/calibrate.ts (one file at a time, to
 * leave a document's own file out of the counts it is scored with).
 */
import { brownSentences, detokenize } from './corpora';
import { compileDictionaries, type CompiledDictionary } from '../src/dictionary/compile';
import type { DictionaryFile, Entry } from '../src/dictionary/schema';
import { applicable, conditionsOf } from '../src/match/conditions';
import { walkTrie } from '../src/match/trie-walk';
import { TokenList } from '../src/text/token-list';
import { conditionKey, contextSignature, type ConditionSide } from '../src/score/condition-rates';

export interface ConditionCount {
  signature: string;
  held: number;
  all: number;
}

export interface ConditionCounter {
  /** Counts of one Brown file, keyed by conditionKey, each entry's pooled counts included; added into `into` when given. */
  countFile(file: string, into?: Map<string, ConditionCount>): Map<string, ConditionCount>;
}

const asFile = (name: string, entries: Entry[]): DictionaryFile => ({ format: 'unspin-dictionary', version: 1, name, source: 'scripts/condition-counts.ts', license: 'MIT', entries });

export function conditionCounter(dictionaries: DictionaryFile[]): ConditionCounter {
  const real = compileDictionaries(dictionaries);
  const conditioned: Entry[] = [];
  for (const d of dictionaries) for (const e of d.entries) if (e.context !== undefined) conditioned.push({ ...e, examples: [], keep: [] });
  const spunSide = compileDictionaries([asFile('conditioned', conditioned)], { gazetteer: false });
  const originalSide = compileDictionaries([asFile('mirrored', conditioned.map((e) => ({ ...e, spun: [e.original], original: e.spun[0] })))], { gazetteer: false });

  const count = (side: ConditionSide, dict: CompiledDictionary, tokens: TokenList, into: Map<string, ConditionCount>) => {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.isSpace(i)) continue;
      walkTrie(dict.root, tokens, i, (node, j) => {
        const variants = node.variants;
        if (variants === undefined) return;
        const conditions = conditionsOf(node);
        const held = new Set(conditions === null ? variants : applicable(variants, conditions, tokens, i, j + 1, real).held);
        const seen = new Set<string>();
        for (const v of variants) {
          const key = conditionKey(side, v.entry.id, v.spunKey);
          if (seen.has(key)) continue;
          seen.add(key);
          let c = into.get(key);
          if (c === undefined) into.set(key, (c = { signature: contextSignature(v.entry.context), held: 0, all: 0 }));
          c.all++;
          if (held.has(v)) c.held++;
        }
      });
    }
  };

  return {
    countFile(file, into = new Map()) {
      const tokens = new TokenList(brownSentences(file).map(detokenize).join(' '));
      const own = new Map<string, ConditionCount>();
      count('spun', spunSide, tokens, own);
      count('original', originalSide, tokens, own);
      addInto(into, own);
      addInto(into, pooled(own));
      return into;
    },
  };
}

/** Each entry's counts summed over its forms and both sides, keyed conditionKey('pooled', id, ''). */
function pooled(counts: Map<string, ConditionCount>): Map<string, ConditionCount> {
  const out = new Map<string, ConditionCount>();
  for (const [key, c] of counts) {
    const from = key.indexOf('|') + 1; // "side|id|form": ids have no "|", forms might
    const id = key.slice(from, key.indexOf('|', from));
    const k = conditionKey('pooled', id, '');
    const p = out.get(k);
    if (p === undefined) out.set(k, { ...c });
    else {
      p.held += c.held;
      p.all += c.all;
    }
  }
  return out;
}

function addInto(into: Map<string, ConditionCount>, counts: Map<string, ConditionCount>): void {
  for (const [key, c] of counts) {
    const t = into.get(key);
    if (t === undefined) into.set(key, { ...c });
    else {
      t.held += c.held;
      t.all += c.all;
    }
  }
}

/** The packed table shipped as FrequencyData.conditions: "key TAB signature TAB held TAB all", sorted. */
export function packConditionCounts(counts: Map<string, ConditionCount>): string {
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, c]) => `${key}\t${c.signature}\t${c.held}\t${c.all}`)
    .join('\n');
}
