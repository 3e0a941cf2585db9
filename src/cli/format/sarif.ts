/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, IDEs).
 * One run; one rule per dictionary entry that fired; one result per fix with
 * its region and a `fixes` object that a viewer can apply. Columns count
 * UTF-16 code units, as the fix offsets do (declared in `columnKind`).
 */
import { relative, sep } from 'node:path';
import { placeFixes, type FileResult } from './types';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative URI reference for a path: forward slashes, each segment percent-encoded. */
function uriOf(r: FileResult): string {
  if (!r.path) return 'stdin';
  const rel = relative(process.cwd(), r.path);
  const p = rel && !rel.startsWith('..') ? rel : r.path;
  const encoded = p.split(sep).map(encodeURIComponent).join('/');
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}

export function formatSarif(results: FileResult[], version: string): string {
  const rules: Array<{ id: string; shortDescription: { text: string }; properties: { tags: string[] } }> = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: Array<{ location: { uri: string }; properties: { spinScore: number } }> = [];
  const sarifResults: unknown[] = [];

  for (const r of results) {
    const uri = uriOf(r);
    const artifactIndex = artifacts.push({ location: { uri }, properties: { spinScore: r.result.spinScore } }) - 1;
    for (const f of placeFixes(r)) {
      if (!ruleIndex.has(f.rule)) {
        ruleIndex.set(f.rule, rules.length);
        rules.push({ id: f.rule, shortDescription: { text: `Spinner swap: restores "${f.replacement}"` }, properties: { tags: ['spun-text'] } });
      }
      const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start };
      const artifactLocation = { uri, index: artifactIndex };
      sarifResults.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: f.applied ? 'warning' : 'note',
        message: { text: `"${f.spun}" looks spun; the original wording is probably "${f.replacement}" (confidence ${f.confidence.toFixed(2)}).` },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: f.spun } } } }],
        fixes: [
          {
            description: { text: `Replace with "${f.replacement}"` },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: f.replacement } }] }],
          },
        ],
        properties: { confidence: f.confidence, applied: f.applied, ...(f.alternative ? { alternative: f.alternative.replacement } : {}) },
      });
    }
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'unspin', version, semanticVersion: version, informationUri: 'https://www.npmjs.com/package/unspin', rules } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
