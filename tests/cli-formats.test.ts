/**
 * Output formats through the real CLI on the fixture site (a .txt, a .md and
 * an .html file): JSON, NDJSON, SARIF (validated against the SARIF 2.1.0
 * JSON schema), GitHub annotations, diff, the coloured report and the HTML page.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unspin, fixtures, SPUN } from '../fixtures/cli/harness';

const site = join(fixtures, 'site');
const files = ['news/mayor.txt', 'news/report.md', 'news/story.html'];

describe('machine-readable formats', () => {
  test('json: one document with every file and its fixes (line, column, offsets)', () => {
    const r = unspin(['--format', 'json', ...files], { cwd: site });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { file: string; kind: string }) => [f.file, f.kind])).toEqual([
      ['news/mayor.txt', 'text'], ['news/report.md', 'markdown'], ['news/story.html', 'html'],
    ]);
    const text = readFileSync(join(site, 'news/story.html'), 'utf8');
    for (const fix of json.files[2].fixes) expect(text.slice(fix.start, fix.end)).toBe(fix.spun);
    expect(json.files[0].fixes[0]).toMatchObject({ line: 1, column: 11, spun: 'stated', replacement: 'said', rule: 'verbs/say-state', applied: true });
  });

  test('ndjson: a "fix" line per fix, then a "file" line per file', () => {
    const r = unspin(['--format', 'ndjson', ...files], { cwd: site });
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const fileLines = lines.filter((l) => l.type === 'file');
    expect(fileLines.map((l) => l.file)).toEqual(files);
    const firstFile = lines.findIndex((l) => l.type === 'file');
    expect(lines.slice(0, firstFile).every((l) => l.type === 'fix' && l.file === 'news/mayor.txt')).toBe(true);
    expect(fileLines[0].fixes).toBe(firstFile);
  });

  test('sarif: valid against the SARIF 2.1.0 schema, with regions and fixes', () => {
    const r = unspin(['--format', 'sarif', ...files], { cwd: site });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.out);
    // The schema shipped by @microsoft/jest-sarif: SARIF 2.1.0 (rtm.5), JSON Schema draft-04.
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(log)).toBe(true);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(10);
    expect(results[0]).toMatchObject({
      ruleId: 'verbs/say-state',
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'news/mayor.txt' }, region: { startLine: 1, startColumn: 11, endColumn: 17 } } }],
    });
    expect(results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('said');
    // The validator does catch a broken log.
    results[0].level = 'loud';
    expect(validate(log)).toBe(false);
  });

  test('github: workflow annotations with file, line and column', () => {
    const r = unspin(['--format', 'github', 'news/mayor.txt'], { cwd: site });
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('::warning file=news/mayor.txt,line=1,col=11,endLine=1,endColumn=17,title=unspin verbs/say-state::"stated" looks spun; original: "said" (confidence ' + lines[0].match(/confidence (0\.\d\d)/)![1] + ')');
  });

  test('diff: a unified diff for each changed file only', () => {
    const r = unspin(['--format', 'diff', 'clean.txt', 'news/mayor.txt'], { cwd: site });
    expect(r.out).toMatch(/^--- news\/mayor\.txt\tspun\n\+\+\+ news\/mayor\.txt\trepaired\n/m);
    expect(r.out).not.toMatch(/clean\.txt/);
  });
});

describe('the report for people', () => {
  test('plain when stdout is not a terminal or NO_COLOR is set; coloured with FORCE_COLOR or --color', () => {
    const plain = unspin(['news/mayor.txt', 'clean.txt'], { cwd: site });
    expect(plain.out).not.toMatch(/\x1b\[/);
    expect(plain.out.split('\n')[0]).toMatch(/^news\/mayor\.txt:1:11  stated -> said  0\.\d\d  verbs\/say-state$/);
    const forced = unspin(['news/mayor.txt', 'clean.txt'], { cwd: site, env: { FORCE_COLOR: '1' } });
    expect(forced.out).toMatch(/\x1b\[31mstated\x1b\[39m -> \x1b\[32msaid\x1b\[39m/);
    const noColor = unspin(['news/mayor.txt', 'clean.txt', '--format', 'report'], { cwd: site, env: { NO_COLOR: '1' } });
    expect(noColor.out).toBe(plain.out);
  });
});

describe('--format html', () => {
  const r = unspin(['--format', 'html', '--all'], { input: SPUN + '\n' });

  test('a self-contained page with each fix highlighted and its evidence in the tooltip', () => {
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!DOCTYPE html>/);
    expect(r.out).toMatch(/<span class="fix" title="&quot;got here up quick&quot; -&gt; &quot;came up short&quot;\nconfidence [01]\.\d\d \(applied\)\nrule idioms\/come-up-short\nprior: /);
    expect(r.out).toMatch(/<del>stated<\/del> <ins>said<\/ins>/);
    // Nothing fetched from elsewhere: no scripts, no external styles or images.
    expect(r.out).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  const chromium = '/usr/bin/chromium';
  const title = 'renders in headless Chromium (screenshot)';
  (existsSync(chromium) ? test : test.skip)(existsSync(chromium) ? title : `${title} (skipped: ${chromium} is not installed)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-html-'));
    const page = join(dir, 'report.html');
    const shot = join(dir, 'shot.png');
    writeFileSync(page, r.out);
    const c = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
      `--screenshot=${shot}`, '--window-size=900,500', `file://${page}`,
    ], { encoding: 'utf8', timeout: 60000 });
    expect(c.status).toBe(0);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(900);
    expect(statSync(shot).size).toBeGreaterThan(5000);
  });
});
