/**
 * `unspin dict lookup PHRASE`: which entries would fire on a phrase (as a
 * whole, or on words inside it), through which inflected form, what they
 * restore, with their prior, tags and context conditions; and which entries
 * restore the phrase (it is their original). Entries below the compile floor
 * (MIN_PRIOR) are listed too, marked: the repair leaves them out unless
 * `minPrior` brings them back, and a maintainer needs to see them.
 */
import { belowCompileFloor, compileDictionaries, expandEntry, MIN_PRIOR, phraseKey, type TrieNode, type Variant } from '../../dictionary/compile';
import type { Entry } from '../../dictionary/schema';
import { TokenList } from '../../text/token-list';
import { walkTrie } from '../../match/trie-walk';
import { dictionariesFrom } from './source';

export interface Match {
  /** The words of the phrase that match. */
  text: string;
  whole: boolean;
  variants: Variant[];
}

/** Every span of the phrase that is a key of the trie (context conditions not applied). */
export function matchesIn(phrase: string, root: TrieNode): Match[] {
  const tokens = new TokenList(phrase);
  const out: Match[] = [];
  let firstContent = 0;
  while (firstContent < tokens.length && tokens.isSpace(firstContent)) firstContent++;
  let lastContent = tokens.length - 1;
  while (lastContent >= 0 && tokens.isSpace(lastContent)) lastContent--;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isSpace(i)) continue;
    walkTrie(root, tokens, i, (node, j) => {
      if (node.variants) out.push({ text: phrase.slice(tokens.start(i), tokens.end(j)), whole: i === firstContent && j === lastContent, variants: node.variants });
    });
  }
  return out.sort((a, b) => Number(b.whole) - Number(a.whole));
}

/** Entries whose original (in any generated form) is the phrase. */
export function restorersOf(phrase: string, entries: Iterable<Entry>): Array<{ entry: Entry; spun: string }> {
  const key = phraseKey(phrase);
  const out: Array<{ entry: Entry; spun: string }> = [];
  for (const entry of entries) {
    const hit = expandEntry(entry).find((x) => phraseKey(x.replacement) === key);
    if (hit) out.push({ entry, spun: hit.surface });
  }
  return out;
}

function describeEntry(e: Entry): string {
  const parts = [`prior ${e.prior}${belowCompileFloor(e.prior) ? ` (below the compile floor ${MIN_PRIOR}: not applied unless minPrior brings it back)` : ''}`, `pos ${e.pos}`, e.inflect ? 'inflects' : 'fixed form', `tags: ${e.tags.join(', ') || '(none)'}`];
  const ctx = e.context;
  if (ctx) {
    for (const [k, v] of Object.entries(ctx)) if (Array.isArray(v)) parts.push(`${k}: ${v.join(' | ')}`);
    if (ctx.strict) parts.push('strict (before/after are gates)');
    if (ctx.noVerbAfter) parts.push('no verb after it in the sentence');
    if (ctx.nameAfter) parts.push('a capitalised word after it');
  }
  return parts.join('; ');
}

export function lookupCommand(phrase: string, opts: { dict: string[]; bundled: boolean; format: 'text' | 'json' }): void {
  const dicts = dictionariesFrom(opts.dict, opts.bundled);
  const compiled = compileDictionaries(dicts.map((d) => d.dictionary), { minPrior: 0 });
  const matches = matchesIn(phrase, compiled.root);
  const restorers = restorersOf(phrase, compiled.entries.values());
  if (opts.format === 'json') {
    const json = {
      phrase,
      matches: matches.flatMap((m) =>
        m.variants.map((v) => ({ text: m.text, whole: m.whole, form: v.form, restores: v.replacement, participle: v.participle, id: v.entry.id, prior: v.entry.prior, compiled: !belowCompileFloor(v.entry.prior), pos: v.entry.pos, tags: v.entry.tags, context: v.entry.context ?? null })),
      ),
      restoredBy: restorers.map((r) => ({ id: r.entry.id, spun: r.spun, prior: r.entry.prior, compiled: !belowCompileFloor(r.entry.prior), tags: r.entry.tags })),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  if (matches.length === 0) lines.push(`no entry matches "${phrase}"`);
  for (const m of matches) {
    lines.push(`${m.whole ? 'the phrase' : 'inside it'}: "${m.text}"`);
    for (const v of m.variants) {
      const form = v.form && v.form !== 'base' ? ` (${v.form})` : '';
      const participle = v.participle ? ` [after have/be: "${v.participle}"]` : '';
      lines.push(`  -> "${v.replacement}"${participle}${form}  ${v.entry.id}  ${describeEntry(v.entry)}`);
    }
  }
  if (restorers.length > 0) {
    lines.push(`"${phrase}" is restored by:`);
    for (const r of restorers) lines.push(`  ${r.entry.id}  from "${r.spun}"  prior ${r.entry.prior}${belowCompileFloor(r.entry.prior) ? ' (not compiled)' : ''}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
