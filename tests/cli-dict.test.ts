/** `unspin dict validate | stats | lookup` through the real CLI. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unspin, scratch, root } from '../fixtures/cli/harness';

const dir = scratch();
const header = { format: 'unspin-dictionary', version: 1, name: 'mine', source: 'test', license: 'MIT' };
const good = { id: 'mine/zorble', spun: ['zorble flux'], original: 'solar flare', pos: 'noun', prior: 0.99, examples: [['A zorble flux hit.', 'A solar flare hit.']], keep: ['The zorble fluxes.'] };
const write = (name: string, data: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data, null, 2) + '\n');
  return p;
};

describe('dict validate', () => {
  test('a good dictionary passes (exit 0)', () => {
    const r = unspin(['dict', 'validate', write('good.json', { ...header, entries: [good] })]);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(/good\.json: 1 entry, ok\n/);
  });

  test('entries below the compile floor pass, and are counted as not applied by default', () => {
    const r = unspin(['dict', 'validate', write('floor.json', { ...header, entries: [good, { ...good, id: 'mine/weak', prior: 0.3 }] })]);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(/floor\.json: 2 entries, ok \(1 below the compile floor 0\.45: not applied unless minPrior brings them back\)/);
  });

  test('every problem is a file:line: message line; exit 1', () => {
    const bad = write('bad.json', {
      ...header,
      entries: [
        good,
        { ...good, id: 'mine/zorble', examples: [['A zorble flux hit.', 'A solar storm hit.']] },
        { ...good, id: 'mine/x', prior: 3, colour: 'red' },
      ],
    });
    const r = unspin(['dict', 'validate', bad]);
    expect(r.code).toBe(1);
    // Every schema problem, not just the first; each on the line of its field.
    expect(r.out.trim().split('\n')).toEqual([
      expect.stringMatching(/^.*bad\.json:51: entry 2 \(mine\/x\): field "prior": Too big: expected number to be <=1$/),
      expect.stringMatching(/^.*bad\.json:44: entry 2 \(mine\/x\): field "colour": unknown field$/),
    ]);
    const dupes = write('dupes.json', { ...header, entries: [good, { ...good, examples: [['A zorble flux hit.', 'A solar storm hit.']] }] });
    const d = unspin(['dict', 'validate', dupes]);
    expect(d.code).toBe(1);
    const lines = d.out.trim().split('\n');
    expect(lines[0]).toMatch(/dupes\.json:\d+: entry 1 \(mine\/zorble\): duplicate id \(first at .*dupes\.json:\d+\)$/);
    expect(lines[1]).toMatch(/dupes\.json:\d+: entry 1 \(mine\/zorble\): example 0: "A zorble flux hit\." repairs to "A solar flare hit\.", expected "A solar storm hit\."$/);
  });

  test('invalid JSON is a problem with its line; an unreadable file exits 2', () => {
    const broken = write('broken.json', '{\n  "format": "unspin-dictionary",\n  "version": 1,,\n}');
    const r = unspin(['dict', 'validate', broken]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json:3: invalid JSON: /);
    const missing = unspin(['dict', 'validate', join(dir, 'none.json'), broken]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^unspin: .*none\.json: no such file$/m);
  });
});

describe('dict stats', () => {
  test('the bundled dictionaries by default: entries by file, part of speech and tag, with totals', () => {
    const r = unspin(['dict', 'stats', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(Object.keys(s.files)).toContain('dictionaries/verbs.json');
    const sum = (o: Record<string, { entries: number }>) => Object.values(o).reduce((n, c) => n + c.entries, 0);
    expect(sum(s.files)).toBe(s.total.entries);
    expect(sum(s.pos)).toBe(s.total.entries);
    expect(s.total.inflecting).toBeGreaterThan(0);
    expect(s.total.surfaces).toBeGreaterThan(s.total.entries);
    expect(s.total.compiled).toBeGreaterThan(0);
    expect(s.total.compiled).toBeLessThan(s.total.entries);
    const text = unspin(['dict', 'stats', write('one.json', { ...header, entries: [good] })]);
    expect(text.out).toMatch(/^file +entries +compiled +inflect +fixed +surfaces +examples$/m);
    expect(text.out).toMatch(/one\.json +1 +1 +0 +1 +1 +1$/m);
    expect(text.out).toMatch(/^total +1 +1 +0 +1 +1 +1$/m);
    const weak = unspin(['dict', 'stats', write('weak-stats.json', { ...header, entries: [good, { ...good, id: 'mine/weak', prior: 0.3 }] })]);
    expect(weak.out).toMatch(/^total +2 +1 +0 +2 +2 +2$/m);
  });
});

describe('dict lookup', () => {
  test('what a phrase (or an inflection of it) restores, with prior and tags; and who restores it', () => {
    const r = unspin(['dict', 'lookup', '--format', 'json', 'stated']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.matches).toContainEqual(expect.objectContaining({ text: 'stated', whole: true, form: 'past', restores: 'said', id: 'verbs/say-state' }));
    const text = unspin(['dict', 'lookup', 'got', 'here', 'up', 'quick']);
    expect(text.out).toMatch(/^the phrase: "got here up quick"\n  -> "came up short" .*idioms\/come-up-short  prior 0\.\d+; pos verb; inflects; tags: idiom/);
    expect(text.out).toMatch(/^inside it: "got here"$/m);
    const back = unspin(['dict', 'lookup', 'said']);
    expect(back.out).toMatch(/"said" is restored by:\n(  .*\n)*  verbs\/say-state  from "stated"/);
    const none = unspin(['dict', 'lookup', '--no-bundled', '-d', join(root, 'fixtures', 'cli', 'missing.json'), 'x']);
    expect(none.code).toBe(2);
  });

  test('an entry below the compile floor is listed, marked as not applied', () => {
    const weak = write('weak.json', { ...header, entries: [{ ...good, id: 'mine/weak', prior: 0.2 }] });
    const text = unspin(['dict', 'lookup', '--no-bundled', '-d', weak, 'zorble', 'flux']);
    expect(text.out).toMatch(/mine\/weak  prior 0\.2 \(below the compile floor 0\.45: not applied unless minPrior brings it back\)/);
    const json = JSON.parse(unspin(['dict', 'lookup', '--no-bundled', '-d', weak, '--format', 'json', 'zorble', 'flux']).out);
    expect(json.matches).toEqual([expect.objectContaining({ id: 'mine/weak', compiled: false })]);
    const strong = JSON.parse(unspin(['dict', 'lookup', '--no-bundled', '-d', write('strong.json', { ...header, entries: [good] }), '--format', 'json', 'zorble', 'flux']).out);
    expect(strong.matches).toEqual([expect.objectContaining({ id: 'mine/zorble', compiled: true })]);
  });
});
