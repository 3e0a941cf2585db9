/**
 * How the stream's window size bears on repair quality, on a stream of many
 * unrelated articles: the clean news of ../shared/corpus, each article spun by
 * the simulated content-farm spinner with probability SPUN_SHARE and left
 * clean otherwise, joined by blank lines in one text. The text is cut as a
 * repair stream cuts it (segmentText) for several minimum windows, each
 * segment is repaired as one document, and the fixes are scored against the
 * swaps: right (undid a swap), harmful (touched no swap), and the same for
 * repair() run on each article alone, the ideal a stream can approach.
 * Run: npx tsx scripts/eval-stream.ts   (needs ../shared; an evaluation only)
 */
import { modernNews } from './modern-news';
import { rng, spin, touchesSwap, undoesSwap, type Swap } from './simulate-spinner';
import { segmentText } from '../src/text/segment';
import type { Fix } from '../src/repairer';

const SPUN_SHARE = 0.5;
const WINDOWS = [64 * 1024, 16 * 1024, 8 * 1024, 4 * 1024, 2 * 1024, 0];

const { docs, forward, repairer } = modernNews('eval-stream');
const random = rng(20261130);
const parts: string[] = [];
const swaps: Swap[] = [];
const articles: Array<{ start: number; text: string }> = [];
let at = 0;
let cleanWords = 0;
for (const doc of docs) {
  const spun = random() < SPUN_SHARE ? spin(doc, forward, 0.7 + 0.8 * random(), random) : { text: doc, swaps: [] };
  if (spun.swaps.length === 0) cleanWords += doc.split(/\s+/).length;
  for (const s of spun.swaps) swaps.push({ ...s, start: s.start + at, end: s.end + at });
  articles.push({ start: at, text: spun.text });
  parts.push(spun.text);
  at += spun.text.length + 2;
}
const whole = parts.join('\n\n');

function score(label: string, fixes: Fix[]): void {
  let right = 0;
  let harmful = 0;
  // Fixes and swaps are both in text order: walk them together.
  let s = 0;
  for (const f of fixes) {
    while (s < swaps.length && swaps[s].end <= f.start) s++;
    const near = swaps.slice(s, s + 4).filter((w) => touchesSwap(f, w));
    if (near.some((w) => undoesSwap(f, w))) right++;
    else if (near.length === 0) harmful++;
  }
  console.log(`${label.padEnd(26)} ${String(fixes.length).padStart(6)} ${String(right).padStart(6)} ${(right / swaps.length).toFixed(3).padStart(7)} ${String(harmful).padStart(8)} ${((right - harmful) / swaps.length).toFixed(3).padStart(11)}`);
}

console.log(`== a stream of ${docs.length} articles (${Math.round(SPUN_SHARE * 100)}% farm-spun), ${whole.length} characters, ${swaps.length} swaps, ${cleanWords} words in clean articles ==`);
console.log('repaired as                 fixes  right  recall  harmful  net undone');
const perArticle: Fix[] = [];
for (const a of articles) for (const f of repairer.repair(a.text).fixes) perArticle.push({ ...f, start: f.start + a.start, end: f.end + a.start });
score('each article alone', perArticle);
for (const minWindow of WINDOWS) {
  const fixes: Fix[] = [];
  let offset = 0;
  for (const segment of segmentText(whole, { minWindow })) {
    for (const f of repairer.repair(segment, { oneDocument: true }).fixes) fixes.push({ ...f, start: f.start + offset, end: f.end + offset });
    offset += segment.length;
  }
  score(`stream, minWindow ${minWindow / 1024} KB`, fixes);
}
