/**
 * A prh rule file (for textlint-rule-prh) holding the same mappings as our
 * bundled dictionaries, so the peer runs the same repairs. prh has no
 * inflection, so only uninflected entries are carried over; each spun form
 * becomes a literal, word-bounded pattern. Patterns are written as /regex/
 * with our own escaping: prh escapes "-" as "\-", which its own `u` flag then
 * rejects ("12 months-on-12 months"). YAML accepts JSON strings, which keeps
 * the quoting simple.
 */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function prhYaml(root) {
  const dir = join(root, 'dictionaries');
  const lines = ['version: 1', 'rules:'];
  let rules = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')).entries ?? []) {
      if (e.inflect) continue;
      const patterns = e.spun.map((s) => s.trim()).filter(Boolean).map((s) => `/${escape(s)}/`);
      if (patterns.length === 0) continue;
      lines.push(`  - expected: ${JSON.stringify(e.original)}`, `    patterns: ${JSON.stringify(patterns)}`, '    options:', '      wordBoundary: true');
      rules++;
    }
  }
  return { yaml: lines.join('\n') + '\n', rules };
}
