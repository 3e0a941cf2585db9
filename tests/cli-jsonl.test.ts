/**
 * JSON Lines pipelines: 10,000 records streamed through the real CLI, the
 * field repaired and every other byte of each record kept; bad lines
 * reported by line number (and skipped or kept on request); output appears
 * while input is still arriving; the GNU parallel recipe from the README.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unspin, scratch, bin, SPUN, REPAIRED, CLEAN } from '../fixtures/cli/harness';

const dir = scratch();
const input = join(dir, 'records.jsonl');
const TEXTS = [SPUN, CLEAN, 'The mayor stated the plan would construct 2,000 houses.'];
// Big integers and 1.0 would not survive JSON.parse + JSON.stringify: they must come out as written.
const record = (i: number) => `{"id":${i},"big":9007199254740993,"score":1.0,"text":${JSON.stringify(TEXTS[i % 3])},"tags":["a","b"]}`;
const lines = Array.from({ length: 10_000 }, (_, i) => record(i));
writeFileSync(input, lines.join('\n') + '\n');

describe('--input-format jsonl', () => {
  const r = unspin([input, '--field', 'text', '--add-fixes', '--add-spin-score']);
  const out = r.out.split('\n').slice(0, -1);

  test('10,000 records in, 10,000 out, in order, the field repaired and other fields kept byte for byte', () => {
    expect(r.code).toBe(0);
    expect(out).toHaveLength(10_000);
    for (let i = 0; i < out.length; i += 997) {
      expect(out[i].startsWith(`{"id":${i},"big":9007199254740993,"score":1.0,"text":`)).toBe(true);
      const rec = JSON.parse(out[i]);
      expect(rec.tags).toEqual(['a', 'b']);
      if (i % 3 === 0) expect(rec.text).toBe(REPAIRED);
      if (i % 3 === 1) expect(rec).toMatchObject({ text: CLEAN, fixes: [] });
      expect(typeof rec.spinScore).toBe('number');
    }
    const first = JSON.parse(out[0]);
    expect(first.fixes[0]).toEqual({ start: 3, end: 20, spun: 'got here up quick', replacement: 'came up short', confidence: first.fixes[0].confidence, rule: 'idioms/come-up-short' });
  });

  test('without --add-* options an unchanged record is written back verbatim; --add-fixes takes a field name', () => {
    const plain = unspin(['-i', 'jsonl', '--add-fixes', 'unspinFixes'], { input: record(1) + '\n' + record(0) + '\n' });
    const [a, b] = plain.out.trim().split('\n');
    expect(a).toBe(record(1).replace(/}$/, ',"unspinFixes": []}'));
    expect(JSON.parse(b).unspinFixes).toHaveLength(4);
    const bare = unspin(['-i', 'jsonl'], { input: record(1) + '\n' });
    expect(bare.out).toBe(record(1) + '\n');
  });

  test('nested fields by dotted path', () => {
    const r2 = unspin(['-i', 'jsonl', '--field', 'article.body'], { input: `{"article":{"body":${JSON.stringify(SPUN)},"lang":"en"}}\n` });
    expect(r2.out).toBe(`{"article":{"body":${JSON.stringify(REPAIRED)},"lang":"en"}}\n`);
  });

  test('a bad line stops the run with its line number (exit 2), or with --on-error skip is reported and skipped', () => {
    const bad = [record(0), 'not json', '[1,2]', '{"id":3}', '{"text":42}', record(1)].join('\n') + '\n';
    const stop = unspin(['-i', 'jsonl'], { input: bad });
    expect(stop.code).toBe(2);
    expect(stop.err).toMatch(/^unspin: <stdin>:2: invalid JSON .*\(use --on-error skip or keep to go on past bad lines\)\n$/);
    const skip = unspin(['-i', 'jsonl', '--on-error', 'skip'], { input: bad });
    expect(skip.code).toBe(0);
    expect(skip.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([0, 1]);
    expect(skip.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^unspin: <stdin>:2: invalid JSON .*; skipped$/),
      'unspin: <stdin>:3: not a JSON object; skipped',
      'unspin: <stdin>:4: field "text" is missing; skipped',
      'unspin: <stdin>:5: field "text" is not a string; skipped',
    ]);
    const keep = unspin(['-i', 'jsonl', '--on-error', 'keep', '--quiet'], { input: bad });
    expect(keep.out.split('\n').slice(1, 5)).toEqual(['not json', '[1,2]', '{"id":3}', '{"text":42}']);
  });

  test('--write rewrites a .jsonl file atomically; a bad line leaves it untouched', () => {
    const file = join(dir, 'small.jsonl');
    writeFileSync(file, record(0) + '\n' + record(1) + '\n');
    expect(unspin(['--write', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(record(0).replace(JSON.stringify(SPUN), JSON.stringify(REPAIRED)) + '\n' + record(1) + '\n');
    writeFileSync(file, record(0) + '\n{broken\n');
    const r2 = unspin(['--write', file]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/small\.jsonl:2: invalid JSON/);
    expect(readFileSync(file, 'utf8')).toBe(record(0) + '\n{broken\n');
  });

  test('streams: the first record comes out before the input has ended', async () => {
    const child = spawn(process.execPath, [bin, '-i', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(record(0) + '\n');
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d) => resolve(String(d))));
    expect(JSON.parse(first.split('\n')[0]).text).toBe(REPAIRED);
    child.stdin.end(record(1) + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  const parallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).stdout.trim();
  const title = 'the GNU parallel recipe gives the same output as one process';
  (parallel ? test : test.skip)(parallel ? title : `${title} (skipped: GNU parallel is not installed)`, () => {
    const cmd = `parallel --will-cite --pipe --keep-order -N 2500 "${process.execPath}" "${bin}" --input-format jsonl --field text --add-fixes --add-spin-score < "${input}"`;
    const p = spawnSync('sh', ['-c', cmd], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(p.status).toBe(0);
    expect(p.stdout).toBe(r.out);
  });
});
