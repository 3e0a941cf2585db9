/**
 * Files and folders: walking with .gitignore/.unspinignore, globs, and
 * --write rewriting files atomically (BOM and line endings kept; read-only
 * files, a full disk and Ctrl-C never lose data). Real CLI, real files.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unspin, scratch, fixtures, SPUN, REPAIRED, CLEAN } from '../fixtures/cli/harness';

const reportFiles = (out: string) => [...new Set(out.trim().split('\n').filter(Boolean).map((l) => l.split(':')[0]))];
const leftovers = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.unspin-'));

describe('walking folders and globs', () => {
  const dir = scratch('site');

  test('a folder is walked for text, Markdown and HTML files, skipping what .gitignore lists; the default output is a report', () => {
    const r = unspin(['.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(reportFiles(r.out)).toEqual(['news/mayor.txt', 'news/report.md', 'news/story.html']);
    expect(r.out).toMatch(/^news\/mayor\.txt:2:26  stated -> said  0\.\d\d  verbs\/say-state$/m);
    expect(r.err).toBe('');
  });

  test('--no-ignore-files reads ignored files too; --ignore and --ext narrow the walk; a glob honours .gitignore', () => {
    const all = unspin(['.', '--no-ignore-files', '--ext', 'txt'], { cwd: dir });
    expect(reportFiles(all.out)).toEqual(['drafts/draft.txt', 'news/mayor.txt', 'news/old.skip.txt']);
    const some = unspin(['news', '--ignore', '*.md', '--ignore', 'story.html'], { cwd: dir });
    expect(reportFiles(some.out)).toEqual(['news/mayor.txt']);
    const glob = unspin(['**/*.txt'], { cwd: dir });
    expect(reportFiles(glob.out)).toEqual(['news/mayor.txt']);
  });

  test('a file named outright is read even when ignored, and one file gives repaired text', () => {
    const r = unspin(['drafts/draft.txt'], { cwd: dir });
    expect(r.out).toBe(REPAIRED + '\n');
  });
});

describe('--write', () => {
  test('rewrites changed files in place, keeping BOM, CRLF and file mode; a read-only file is reported and left alone', () => {
    const dir = scratch('site');
    const crlf = '\uFEFF' + `${SPUN}\r\n${CLEAN}\r\n`;
    writeFileSync(join(dir, 'news', 'crlf.txt'), crlf);
    chmodSync(join(dir, 'news', 'crlf.txt'), 0o640);
    writeFileSync(join(dir, 'news', 'locked.txt'), SPUN + '\n');
    chmodSync(join(dir, 'news', 'locked.txt'), 0o444);
    const cleanBefore = readFileSync(join(dir, 'clean.txt'), 'utf8');

    const r = unspin(['--write', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual(['unspin: news/locked.txt: read-only file, left unchanged']);
    expect(readFileSync(join(dir, 'news', 'crlf.txt'), 'utf8')).toBe('\uFEFF' + `${REPAIRED}\r\n${CLEAN}\r\n`);
    expect(statSync(join(dir, 'news', 'crlf.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'news', 'locked.txt'), 'utf8')).toBe(SPUN + '\n');
    expect(readFileSync(join(dir, 'news', 'mayor.txt'), 'utf8')).toMatch(/^The mayor said the plan would build 2,000 houses\.\nHe came up short/);
    expect(readFileSync(join(dir, 'news', 'report.md'), 'utf8')).toMatch(/```sh\necho "he stated it"\n```/);
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe(cleanBefore);
    expect(readFileSync(join(dir, 'drafts', 'draft.txt'), 'utf8')).toBe(SPUN + '\n');
    expect(r.out).toMatch(/^news\/crlf\.txt:1:5  got here up quick -> came up short/m);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a full disk (ENOSPC while writing) leaves that file untouched and no temporary file; the others are written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), SPUN + '\n');
    writeFileSync(join(dir, 'b.txt'), SPUN + '\n');
    const r = unspin(['--write', 'a.txt', 'b.txt'], { cwd: dir, node: ['--require', join(fixtures, 'faults', 'enospc.cjs')], env: { UNSPIN_FAULT_FILE: 'a.txt' } });
    expect(r.code).toBe(2);
    expect(r.err).toBe('unspin: a.txt: no space left on device, left unchanged\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(SPUN + '\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(REPAIRED + '\n');
    expect(leftovers(dir)).toEqual([]);
  });

  test('Ctrl-C in the middle of a write leaves every file whole (old or new) and no temporary file', () => {
    const dir = scratch();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, f), SPUN + '\n');
    const r = unspin(['--write', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir, node: ['--require', join(fixtures, 'faults', 'sigint.cjs')], env: { UNSPIN_FAULT_AT: '2' } });
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/interrupted; 1 file written, the others left unchanged/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(REPAIRED + '\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(SPUN + '\n');
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe(SPUN + '\n');
    expect(leftovers(dir)).toEqual([]);
  });

  test('stdin cannot be written back, and --write does not combine with --check', () => {
    const a = unspin(['--write'], { input: SPUN });
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^unspin: --write .*stdin/);
    const b = unspin(['--write', '--check', join(fixtures, 'site', 'clean.txt')]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/cannot be combined with --check/);
  });
});
