/**
 * CI use: --check, --max-fixes, --fail-on-spin-score and their exit codes;
 * configuration files (found upward, validated, overridden by flags,
 * printed by --print-config); progress and summary on a terminal only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { unspin, scratch, bin, fixtures, SPUN, CLEAN } from '../fixtures/cli/harness';

const site = join(fixtures, 'site');

describe('CI checks', () => {
  test('--check: exit 1 and a report while fixes remain, exit 0 on clean files', () => {
    const spun = unspin(['--check', 'news/mayor.txt'], { cwd: site });
    expect(spun.code).toBe(1);
    expect(spun.out.trim().split('\n')).toHaveLength(6);
    expect(spun.err).toBe('unspin: check failed: 6 fixes at or above confidence 0.5\n');
    const clean = unspin(['--check', 'clean.txt'], { cwd: site });
    expect(clean).toMatchObject({ code: 0, out: '', err: '' });
  });

  test('--max-fixes allows up to N fixes; --fail-on-spin-score fails on a spun file', () => {
    expect(unspin(['--max-fixes', '6', 'news/mayor.txt'], { cwd: site }).code).toBe(0);
    const over = unspin(['--max-fixes', '5', '--quiet', 'news/mayor.txt'], { cwd: site });
    expect(over.code).toBe(1);
    expect(over.err).toBe('');
    const score = unspin(['--fail-on-spin-score', '0.9', '--format', 'json', '.'], { cwd: site });
    expect(score.code).toBe(1);
    expect(score.err).toMatch(/check failed: news\/\S+ has spin score (?:0\.9\d+|1) \(at least --fail-on-spin-score 0\.9\)/);
    expect(JSON.parse(score.out).files).toHaveLength(4);
    expect(unspin(['--fail-on-spin-score', '0.9', 'clean.txt'], { cwd: site }).code).toBe(0);
  });

  test('an unspin-disable region keeps --check quiet about the text inside it', () => {
    const md = '# Notes\n\n<!-- unspin-disable -->\nHe got here up quick and stated he wished to step apart.\n<!-- unspin-enable -->\n\nThe minister said the talks would resume.\n';
    const r = unspin(['--check', '--input-format', 'markdown'], { input: md });
    expect(r).toMatchObject({ code: 0, out: '' });
  });
});

describe('configuration', () => {
  const dir = scratch();
  const sub = join(dir, 'a', 'b');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(dir, 'extra.json'), JSON.stringify({
    format: 'unspin-dictionary', version: 1, name: 'extra', source: 'test', license: 'MIT',
    entries: [{ id: 'extra/zorble', spun: ['zorble flux'], original: 'solar flare', pos: 'noun', prior: 0.99 }],
  }));
  writeFileSync(join(dir, 'unspin.config.json'), JSON.stringify({ minConfidence: 0.6, dictionaries: ['extra.json'], disable: ['verbs/say-state'], ignore: ['*.skip.txt'] }));
  writeFileSync(join(sub, 'a.txt'), SPUN + '\n');
  writeFileSync(join(sub, 'b.skip.txt'), SPUN + '\n');

  test('found upward from the working folder; --print-config shows the effective settings; flags override it', () => {
    const r = unspin(['--print-config'], { cwd: sub });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      configFile: join(dir, 'unspin.config.json'),
      minConfidence: 0.6,
      dictionaries: [join(dir, 'extra.json')],
      disable: ['verbs/say-state'],
      disableTags: [],
      bundled: true,
      ignore: ['*.skip.txt'],
    });
    const flags = JSON.parse(unspin(['--print-config', '-m', '0.8', '--disable-tag', 'idiom'], { cwd: sub }).out);
    expect(flags).toMatchObject({ minConfidence: 0.8, disableTags: ['idiom'] });
    expect(JSON.parse(unspin(['--print-config', '--no-config'], { cwd: sub }).out)).toMatchObject({ configFile: null, minConfidence: 0.5, disable: [] });
  });

  test('its dictionaries, disabled entries and ignore patterns apply', () => {
    const r = unspin(['.', '--format', 'json'], { cwd: sub });
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(['a.txt']);
    expect(json.files[0].fixes.map((f: { rule: string }) => f.rule)).not.toContain('verbs/say-state');
    expect(unspin(['-', '--min-confidence', '0'], { cwd: sub, input: 'A zorble flux.\n' }).out).toBe('A solar flare.\n');
    expect(unspin(['-', '--min-confidence', '0', '--no-config'], { cwd: sub, input: 'A zorble flux.\n' }).out).not.toContain('solar flare');
  });

  test('an "unspin" key in package.json is read; a bad field is one line naming the file and the field', () => {
    const pkgDir = scratch();
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'x', unspin: { minConfidence: 'high' } }));
    const bad = unspin(['--print-config'], { cwd: pkgDir });
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^unspin: package\.json: field "unspin\.minConfidence": .*number.*\n$/);
    writeFileSync(join(pkgDir, '.unspinrc.json'), '{ "minConfidence": 0.7, "colour": true }');
    const unknown = unspin(['--print-config'], { cwd: pkgDir });
    expect(unknown.err).toBe('unspin: .unspinrc.json: field "colour": unknown field\n');
    writeFileSync(join(pkgDir, '.unspinrc.json'), '{ "minConfidence": 0.7, }');
    expect(unspin(['--print-config'], { cwd: pkgDir }).err).toMatch(/^unspin: \.unspinrc\.json: invalid JSON: /);
    expect(unspin(['--config', 'nope.json', '--print-config'], { cwd: pkgDir }).err).toBe('unspin: nope.json: no such config file\n');
  });
});

describe('progress and summary on a terminal', () => {
  const hasScript = existsSync('/usr/bin/script');
  const dir = scratch();
  for (let i = 0; i < 25; i++) writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.txt`), (i % 2 ? SPUN : CLEAN) + '\n');

  /** Run under `script` so stderr is a terminal; stdout goes to a file. */
  const onTerminal = (args: string) => {
    const out = join(dir, 'out.json');
    const cmd = `"${process.execPath}" "${bin}" ${args} > "${out}"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, terminal: r.stdout, out: readFileSync(out, 'utf8') };
  };

  const title = 'a progress bar and a summary on stderr; stdout holds only the output';
  (hasScript ? test : test.skip)(hasScript ? title : `${title} (skipped: util-linux script is not installed)`, () => {
    const r = onTerminal('--format json .');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(25);
    expect(r.terminal).toMatch(/unspin \[[=-]+\] \d+\/25 files/);
    expect(r.terminal).toMatch(/unspin: 25 files, 48 fixes in 12 files, \d+\.\d s/);
    const quiet = onTerminal('--format json --quiet .');
    expect(quiet.terminal).toBe('');
    expect(quiet.out).toBe(r.out);
  });

  test('nothing on stderr when it is not a terminal', () => {
    const r = unspin(['--format', 'json', '.'], { cwd: dir });
    expect(r.err).toBe('');
  });
});
