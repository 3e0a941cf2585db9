/** The CLI, spawned as a process on real files (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '..', 'bin', 'unspin.cjs');
const dir = mkdtempSync(join(tmpdir(), 'unspin-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** A dictionary file NAME.json with one entry, "zorble flux" -> "solar flare", at this prior. */
const zorbleDictionary = (name: string, prior: number) =>
  file(
    `${name}.json`,
    JSON.stringify({
      format: 'unspin-dictionary', version: 1, name, source: 'test', license: 'MIT',
      entries: [{ id: `${name}/zorble`, spun: ['zorble flux'], original: 'solar flare', pos: 'noun', prior, examples: [] }],
    }),
  );

const SPUN = 'He got here up quick and stated he wished to step apart.\n';
const CLEAN = 'The minister said on Monday that the talks would resume next week.\n';

describe('unspin CLI', () => {
  test('repairs stdin to stdout (the README example)', () => {
    const r = run([], SPUN);
    expect(r).toMatchObject({ code: 0, out: 'He came up short and said he wanted to step aside.\n', err: '' });
  });

  test("the README's before/after table is what the embedded example gives", () => {
    const root = join(__dirname, '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| spun (as published) | repaired by unspin |'), readme.indexOf('## Set-up'));
    const rows = table
      .split('\n')
      .slice(2)
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split('|').slice(1, 3).map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const example = join(root, 'fixtures', 'example.spun.txt');
    const spun = readFileSync(example, 'utf8').replace(/\s+/g, ' ');
    const repaired = run([example]).out.replace(/\s+/g, ' ');
    for (const [before, after] of rows) {
      expect(spun).toContain(before);
      expect(repaired).toContain(after);
    }
  });

  test('"-" reads stdin; files are read in order (--format text concatenates them)', () => {
    const a = file('a.txt', SPUN);
    expect(run([a, '-', '--format', 'text'], CLEAN).out).toBe('He came up short and said he wanted to step aside.\n' + CLEAN);
  });

  test('clean text comes out unchanged', () => {
    expect(run([], CLEAN).out).toBe(CLEAN);
  });

  test('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--min-confidence/);
  });

  test('--format json lists every fix with its fields', () => {
    const r = run(['--format', 'json'], SPUN);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const fix = json.files[0].fixes[0];
    expect(fix).toMatchObject({ start: 3, end: 20, spun: 'got here up quick', replacement: 'came up short', line: 1, column: 4 });
    expect(typeof fix.confidence).toBe('number');
    expect(fix.evidence).toHaveProperty('prior');
    expect(json.files[0].spinScore).toBeGreaterThan(0.5);
  });

  test('--format diff prints a unified diff', () => {
    const r = run(['--format', 'diff'], SPUN);
    expect(r.out).toMatch(/^-He got here up quick/m);
    expect(r.out).toMatch(/^\+He came up short/m);
  });

  test('--explain prints evidence on stderr, not stdout', () => {
    const r = run(['--explain'], SPUN);
    expect(r.out).toBe('He came up short and said he wanted to step aside.\n');
    expect(r.err).toMatch(/"got here up quick" -> "came up short".*prior=0\.\d+.*documentSpin=/);
  });

  test('--check exits 1 when fixes are found and 0 on clean text', () => {
    const spun = run(['--check'], SPUN);
    expect(spun.code).toBe(1);
    expect(spun.err).toMatch(/fix/);
    expect(run(['--check'], CLEAN).code).toBe(0);
  });

  test('--min-confidence above every fix leaves the text alone', () => {
    expect(run(['--min-confidence', '1'], SPUN).out).toBe(SPUN);
  });

  test('--dict adds entries; --no-bundled leaves only them', () => {
    const dict = zorbleDictionary('extra', 0.99);
    const r = run(['--no-bundled', '--dict', dict, '--min-confidence', '0'], 'A zorble flux.\n');
    expect(r.out).toBe('A solar flare.\n');
  });

  test('--min-prior (or minPrior in the config file) brings back entries below the compile floor', () => {
    const dict = zorbleDictionary('weak', 0.3);
    const args = ['--no-bundled', '--dict', dict, '--min-confidence', '0', '--unseen-swaps', 'off', '--no-config'];
    expect(run(args, 'A zorble flux.\n').out).toBe('A zorble flux.\n');
    expect(run([...args, '--min-prior', '0.3'], 'A zorble flux.\n').out).toBe('A solar flare.\n');
    const configDir = join(dir, 'with-config');
    mkdirSync(configDir);
    writeFileSync(join(configDir, 'unspin.config.json'), JSON.stringify({ minPrior: 0.3 }));
    const fromConfig = spawnSync(process.execPath, [bin, '--no-bundled', '--dict', dict, '--min-confidence', '0', '--unseen-swaps', 'off'], { input: 'A zorble flux.\n', encoding: 'utf8', cwd: configDir });
    expect(fromConfig.stdout).toBe('A solar flare.\n');
  });

  test('--unseen-swaps: capped below the threshold by default, off on request', () => {
    const text = 'A judicature in the town closes its probe into the sidesplitting of a defector.\n';
    const unseen = (args: string[]) =>
      JSON.parse(run(['--format', 'json', '--all', ...args], text).out).files[0].fixes.filter((f: { rule: string }) => f.rule === 'unseen/wordnet');
    const capped = unseen([]);
    expect(capped.length).toBeGreaterThan(0);
    for (const f of capped) expect(f.confidence).toBeLessThanOrEqual(0.45);
    expect(unseen(['--unseen-swaps', 'off'])).toEqual([]);
    expect(unseen(['--unseen-swaps', 'uncapped']).map((f: { spun: string }) => f.spun)).toEqual(capped.map((f: { spun: string }) => f.spun));
  });

  describe('bad input: one line naming the file, exit 2, nothing on stdout', () => {
    const expectError = (r: ReturnType<typeof run>, pattern: RegExp) => {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(pattern);
      expect(r.err).not.toMatch(/\bat .*\.c?js:\d+/);
    };
    test('missing file', () => expectError(run([join(dir, 'nope.txt')]), /nope\.txt: no such file/));
    test('a glob that matches nothing', () => {
      mkdirSync(join(dir, 'folder'), { recursive: true });
      expectError(run([join(dir, 'folder', '*.nothing')]), /\*\.nothing: no files match this pattern/);
    });
    test('binary input', () => expectError(run([file('bin.dat', Buffer.from([0x48, 0x00, 0x49]))]), /bin\.dat: binary input/));
    test('invalid UTF-8', () => expectError(run([file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))]), /latin1\.txt: not valid UTF-8/));
    test('a bad dictionary names the entry and the field', () => {
      const bad = file('bad.json', JSON.stringify({ format: 'unspin-dictionary', version: 1, name: 'bad', source: 's', license: 'MIT', entries: [{ id: 'bad/x', spun: ['a'], original: 'b', pos: 'noun', prior: 3 }] }));
      expectError(run(['--dict', bad], SPUN), /bad\.json:\d+: entry 0 \(bad\/x\): field "prior"/);
    });
    test('a dictionary that is not JSON', () => expectError(run(['--dict', file('broken.json', '{ nope')], SPUN), /broken\.json: invalid JSON/));
    test('a bad option value', () => {
      const r = run(['--min-confidence', 'lots'], SPUN);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
    });
    test('a good file then a missing one writes nothing', () => {
      expectError(run([file('ok.txt', SPUN), join(dir, 'missing.txt')]), /missing\.txt: no such file/);
    });
  });

  test('a closed pipe ends the run quietly', () => {
    const big = file('big.txt', SPUN.repeat(20000));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "${big}" | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
  describe('--stream', () => {
    test('repairs as it reads: the same text as without it for an input under one 2 KB window', () => {
      const r = run(['--stream'], SPUN + '\n' + CLEAN);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toBe(run([], SPUN + '\n' + CLEAN).out);
    });

    test('the same text as without it for inputs either side of the 64 KB whole-text limit', () => {
      const page = `${SPUN}\n\n${CLEAN}\n\n`;
      for (const pages of [Math.floor(60_000 / page.length), Math.ceil(70_000 / page.length)]) {
        const input = file(`pages-${pages}.txt`, page.repeat(pages));
        const streamed = run(['--stream', input]);
        expect(streamed.code).toBe(0);
        expect(streamed.out).toBe(run([input]).out);
      }
    });

    test('a long input (many 2 KB windows) comes out whole, every window repaired', () => {
      const paragraph = 'The envoy stated that the talks had got here up quick once more.';
      const big = file('big-stream.txt', Array.from({ length: 3000 }, () => paragraph).join('\n\n') + '\n');
      const r = run(['--stream', big]);
      expect(r.code).toBe(0);
      const lines = r.out.split('\n\n');
      expect(lines).toHaveLength(3000);
      // Every window holds the same spun paragraphs, so every paragraph comes out repaired alike.
      const repaired = new Set(lines.map((l) => l.trim()));
      expect(repaired.size).toBe(1);
      expect([...repaired][0]).toMatch(/^The envoy said that the talks had come up short/);
    });

    test('bad input mid-way exits 2 with one line naming it; options it cannot honour are refused', () => {
      const bad = file('bad-stream.txt', Buffer.concat([Buffer.from('He stated it.\n\n'), Buffer.from([0xff, 0xfe])]));
      expect(run(['--stream', bad])).toMatchObject({ code: 2, err: `unspin: ${bad}: not valid UTF-8 text\n` });
      const binary = run(['--stream'], 'a\u0000b');
      expect(binary.code).toBe(2);
      expect(binary.err).toMatch(/^unspin: <stdin>: binary input/);
      for (const args of [['--format', 'json'], ['--check'], ['--explain'], ['--all']]) {
        const r = run(['--stream', ...args], SPUN);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/^unspin: --stream /);
      }
      const twoFiles = run(['--stream', file('s1.txt', SPUN), file('s2.txt', SPUN)]);
      expect(twoFiles).toMatchObject({ code: 2, err: 'unspin: --stream repairs one input (stdin or one file)\n' });
    });
  });
});
