/**
 * The benchmark corpus: news-like documents, a mix of spun and clean text,
 * repeated (in a shuffled, seeded order) up to the size asked for.
 *
 * Sources: the project's own text (fixtures/, the example sentences of the
 * bundled dictionaries: spun and restored), plus ../shared/corpus when it is
 * present (read only; the generated corpus lives in a temp dir, never in the repo).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small seeded PRNG (mulberry32), so every run builds the same corpus. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents from the project itself: { spun: string[], clean: string[] }. */
function projectDocuments(root, rand) {
  const spunSentences = [];
  const cleanSentences = [];
  const dir = join(root, 'dictionaries');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')).entries ?? []) {
      for (const [spun, original] of e.examples ?? []) {
        spunSentences.push(spun);
        cleanSentences.push(original);
      }
    }
  }
  // Articles of 4 to 8 paragraphs of 3 to 6 sentences, as a news page would be.
  const article = (sentences) => {
    const paragraphs = [];
    const n = 4 + Math.floor(rand() * 5);
    for (let p = 0; p < n; p++) {
      const k = 3 + Math.floor(rand() * 4);
      const parts = [];
      for (let s = 0; s < k; s++) parts.push(sentences[Math.floor(rand() * sentences.length)]);
      paragraphs.push(parts.join(' '));
    }
    return paragraphs.join('\n\n');
  };
  const spun = [readFileSync(join(root, 'fixtures', 'example.spun.txt'), 'utf8')];
  const clean = [readFileSync(join(root, 'fixtures', 'example.clean.txt'), 'utf8')];
  for (let i = 0; i < 200; i++) {
    spun.push(article(spunSentences));
    clean.push(article(cleanSentences));
  }
  return { spun, clean };
}

/** Documents from ../shared/corpus, when present. */
function sharedDocuments(shared) {
  const spun = [];
  const clean = [];
  const synthetic = join(shared, 'synthetic');
  if (existsSync(synthetic)) {
    for (const f of readdirSync(synthetic).sort()) {
      const text = readFileSync(join(synthetic, f), 'utf8').replace(/\n/g, '\n\n');
      if (f.endsWith('.spun.txt')) spun.push(text);
      else if (f.endsWith('.orig.txt')) clean.push(text);
    }
  }
  const afghan = join(shared, 'spun', 'afghan-a.spun.txt');
  if (existsSync(afghan)) spun.push(readFileSync(afghan, 'utf8'));
  const wiki = join(shared, 'clean', 'wikipedia-current-events.txt');
  if (existsSync(wiki)) {
    // 25 one-line items make one article, as in `npm run eval`.
    const lines = readFileSync(wiki, 'utf8').split('\n').filter((l) => l.trim());
    for (let i = 0; i + 25 <= lines.length; i += 25) clean.push(lines.slice(i, i + 25).join('\n\n'));
  }
  return { spun, clean };
}

/**
 * Build documents totalling at least `bytes` UTF-8 bytes, about half spun.
 * Returns { docs, sources }.
 */
export function buildCorpus(root, bytes) {
  const rand = random(20240611);
  const own = projectDocuments(root, rand);
  const shared = join(root, '..', 'shared', 'corpus');
  const other = existsSync(shared) ? sharedDocuments(shared) : { spun: [], clean: [] };
  const spun = [...own.spun, ...other.spun];
  const clean = [...own.clean, ...other.clean];
  const docs = [];
  let total = 0;
  while (total < bytes) {
    const pool = rand() < 0.5 ? spun : clean;
    const doc = pool[Math.floor(rand() * pool.length)];
    docs.push(doc);
    total += Buffer.byteLength(doc) + 2;
  }
  const sources = other.spun.length + other.clean.length > 0
    ? `fixtures + dictionary examples + ../shared/corpus (${other.spun.length} spun, ${other.clean.length} clean documents)`
    : 'fixtures + dictionary examples (../shared/corpus not found)';
  return { docs, sources };
}
