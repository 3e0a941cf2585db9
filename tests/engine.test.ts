import { createRepairer } from '../src/repairer';
import { DictionaryError } from '../src/dictionary/load';
import { dict } from './helpers';

// Scoring is tested elsewhere; here every candidate is applied (minConfidence 0).
const entries = dict([
  { id: 't/come-up-short', spun: ['get here up quick'], original: 'come up short', pos: 'verb', inflect: true, prior: 0.95 },
  { id: 't/say', spun: ['state'], original: 'say', pos: 'verb', inflect: true, forms: ['past', 'third'], prior: 0.8 },
  { id: 't/wish', spun: ['wish'], original: 'want', pos: 'verb', inflect: true, forms: ['past'], prior: 0.8 },
  { id: 't/step-aside', spun: ['step apart'], original: 'step aside', pos: 'verb', inflect: true, prior: 0.9 },
  { id: 't/write', spun: ['pen'], original: 'write', pos: 'verb', inflect: true, forms: ['past', 'participle'], prior: 0.7 },
  { id: 't/rare', spun: ['uncommon'], original: 'rare', pos: 'adj', prior: 0.7 },
  { id: 't/able', spun: ['capable'], original: 'able', pos: 'adj', prior: 0.7, context: { after: ['of', 'to'] } },
  { id: 't/white-house', spun: ['White Home'], original: 'White House', pos: 'name', case: 'exact', prior: 0.95 },
  { id: 't/wall-street', spun: ['Wall Avenue'], original: 'Wall Street', pos: 'name', case: 'exact', prior: 0.95 },
  { id: 't/year', spun: ['12 months'], original: 'year', pos: 'noun', prior: 0.9, context: { notBefore: ['for', 'the last'] } },
  { id: 't/12', spun: ['12'], original: 'twelve', pos: 'num', prior: 0.5 },
  { id: 't/policy', spun: ['coverage'], original: 'policy', pos: 'noun', inflect: true, prior: 0.7 },
  { id: 't/usa', spun: ['USA'], original: 'United States', pos: 'name', case: 'exact', prior: 0.8 },
  { id: 't/came-up-with', spun: ['got here up with'], original: 'came up with', pos: 'verb', prior: 0.95 },
]);
const r = createRepairer({ bundled: false, dictionaries: [entries], minConfidence: 0, unseenSwaps: false });
const fix = (text: string) => r.repair(text).text;

describe('rule engine', () => {
  test('the issue example', () => {
    expect(fix('He got here up quick and stated he wished to step apart.')).toBe('He came up short and said he wanted to step aside.');
  });

  test('re-inflects the original to the spun form', () => {
    expect(fix('She gets here up quick every time.')).toBe('She comes up short every time.');
    expect(fix('They are getting here up quick.')).toBe('They are coming up short.');
    expect(fix('He states it.')).toBe('He says it.');
    expect(fix('New coverages were written.')).toBe('New policies were written.');
  });

  test('past or participle follows the auxiliary', () => {
    expect(fix('She penned a letter.')).toBe('She wrote a letter.');
    expect(fix('She has penned a letter.')).toBe('She has written a letter.');
    expect(fix('It was penned in haste.')).toBe('It was written in haste.');
  });

  test('an entry written in a fixed past form restores the participle after have', () => {
    expect(fix('They got here up with a plan.')).toBe('They came up with a plan.');
    expect(fix('They have got here up with a plan.')).toBe('They have come up with a plan.');
  });

  test('restores case', () => {
    expect(fix('Stated plainly.')).toBe('Said plainly.');
    expect(fix('HE STATED IT.')).toBe('HE SAID IT.');
    expect(fix('He Stated It Twice.')).toBe('He Said It Twice.');
  });

  test('exact-case entries match only their capitalisation', () => {
    expect(fix('The White Home said.')).toBe('The White House said.');
    expect(fix('A white home on a hill.')).toBe('A white home on a hill.');
    expect(fix('on Wall Avenue today')).toBe('on Wall Street today');
  });

  test('longest match wins and the result is deterministic', () => {
    const res = r.repair('the next 12 months');
    expect(res.fixes.map((f) => f.rule)).toEqual(['t/year']);
    expect(res.text).toBe('the next year');
  });

  test('context conditions hold entries back', () => {
    expect(fix('for 12 months')).toBe('for twelve months');
  });

  test('a required neighbour is also met by a spun neighbour that would restore to it', () => {
    const e = dict([
      { id: 'n/next', spun: ['the subsequent'], original: 'the next', pos: 'phrase', prior: 0.8, context: { after: ['year', 'week'] } },
      { id: 'n/year', spun: ['12 months'], original: 'year', pos: 'noun', prior: 0.9 },
      { id: 'n/cases', spun: ['instances'], original: 'cases', pos: 'noun', prior: 0.6 },
      { id: 'n/number', spun: ['the variety of'], original: 'the number of', pos: 'phrase', prior: 0.8, context: { after: ['cases'] } },
    ]);
    const n = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    // One word ("instances" -> cases) and a phrase ("12 months" -> year) both count.
    expect(n.repair('the variety of instances').text).toBe('the number of cases');
    expect(n.repair('the subsequent 12 months').text).toBe('the next year');
    // A neighbour that restores to nothing listed does not: the fix is only proposed, flagged.
    const day = n.repair('the subsequent day').fixes;
    expect(day.map((f) => [f.rule, f.evidence.missingNeighbours])).toEqual([['n/next', 1]]);
    expect(n.repair('the subsequent 12 months').fixes.map((f) => f.evidence.missingNeighbours)).toEqual([0, 0]);
  });

  test('a missing content-word neighbour lowers a fix; a missing closed-class neighbour (grammar) blocks it', () => {
    const e = dict([
      { id: 'g/officials', spun: ['officers'], original: 'officials', pos: 'noun', prior: 0.8, context: { before: ['health', 'government'] } },
      { id: 'g/close', spun: ['shut'], original: 'close', pos: 'verb', prior: 0.8, context: { before: ['to', 'will'] } },
    ]);
    const g = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    const met = g.repair('Health officers met.').fixes[0];
    const missing = g.repair('Police officers met.').fixes[0];
    expect(missing.evidence.missingNeighbours).toBe(1);
    expect(met.evidence.missingNeighbours).toBe(0);
    expect(missing.confidence).toBeLessThan(met.confidence);
    expect(g.repair('They will shut it.').text).toBe('They will close it.');
    expect(g.repair('They shut it.').fixes).toEqual([]);
  });

  test('a candidate with a missing neighbour never claims words a candidate with its conditions met wants', () => {
    const e = dict([
      { id: 'o/soft', spun: ['stated plan'], original: 'said plan', pos: 'phrase', prior: 0.8, context: { before: ['mayor'] } },
      { id: 'o/held', spun: ['plan would construct'], original: 'plan would build', pos: 'phrase', prior: 0.8 },
    ]);
    const o = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    // "stated plan" (its neighbour missing) would overlap "plan would construct" (no conditions): only the latter stands.
    expect(o.repair('He stated plan would construct homes.').fixes.map((f) => f.rule)).toEqual(['o/held']);
    // Alone, the one with the missing neighbour is proposed, flagged.
    expect(o.repair('He stated plan today.').fixes.map((f) => [f.rule, f.evidence.missingNeighbours])).toEqual([['o/soft', 1]]);
  });

  test('a strict entry keeps its content-word neighbours as a gate', () => {
    const e = dict([
      { id: 's/officials', spun: ['officers'], original: 'officials', pos: 'noun', prior: 0.8, context: { before: ['health', 'government'], strict: true } },
    ]);
    const s = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    expect(s.repair('Health officers met.').text).toBe('Health officials met.');
    expect(s.repair('Police officers met.').fixes).toEqual([]);
  });

  test('noVerbAfter: the entry applies only where no verb follows before the sentence ends', () => {
    const e = dict([{ id: 'v/as', spun: ['because'], original: 'as', pos: 'prep', prior: 0.5, context: { noVerbAfter: true } }]);
    const v = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    expect(v.repair('He would take over because the special envoy.').text).toBe('He would take over as the special envoy.');
    // Commas and an abbreviation's full stop do not end the sentence; a line break does.
    expect(v.repair('She served because aide to Mr. West, then envoy.').text).toBe('She served as aide to Mr. West, then envoy.');
    expect(v.repair('He left because the envoy\nThen talks resumed.').text).toBe('He left as the envoy\nThen talks resumed.');
    // A verb in the sentence, even past a comma or an abbreviation, keeps "because".
    for (const clean of [
      'He left because the talks failed.',
      'He left because his aide, Thomas West, had resigned.',
      'He left because Dr. Jones calls it off.',
      "He left because that's the rule.",
      'He left because.',
      'He left because the envoy of the United States and the envoy of the United Kingdom agreed.',
    ]) {
      expect(v.repair(clean).fixes).toEqual([]);
    }
  });
  test('nameAfter: the word after must be capitalised; the start of the text meets "." in a before list', () => {
    const e = dict([{ id: 'n/judge', spun: ['Choose'], original: 'Judge', pos: 'name', case: 'exact', prior: 0.8, context: { before: ['.', 'by'], nameAfter: true } }]);
    const n = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    expect(n.repair('Choose Smith ruled. It was heard by Choose Chutkan.').text).toBe('Judge Smith ruled. It was heard by Judge Chutkan.');
    expect(n.repair('Choose whichever plan suits you.').fixes).toEqual([]);
    expect(n.repair('It was heard by Choose 12 judges.').fixes).toEqual([]);
    // Neither the start of the text nor a full stop: the before list is not met.
    expect(n.repair('They Choose Smith.').fixes).toEqual([]);
  });

  test('possessives: a key written with "\'s" keeps it; a plural possessive\'s apostrophe gets its s', () => {
    const e = dict([
      { id: 'p/street', spun: ['Wall Avenue'], original: 'Wall Street', pos: 'name', case: 'exact', prior: 0.9 },
      { id: 'p/usa', spun: ['USA'], original: 'United States', pos: 'name', case: 'exact', prior: 0.9 },
      { id: 'p/government', spun: ['authorities'], original: 'government', pos: 'noun', prior: 0.8 },
      { id: 'p/say', spun: ['state'], original: 'say', pos: 'verb', inflect: true, forms: ['past'], prior: 0.8 },
    ]);
    const p = createRepairer({ bundled: false, dictionaries: [e], minConfidence: 0, unseenSwaps: false });
    expect(p.repair('Wall Avenue\u2019s rally faded.').text).toBe('Wall Street\u2019s rally faded.');
    expect(p.repair("The USA's envoy left.").text).toBe("The United States' envoy left.");
    const plural = p.repair("The authorities' plan failed.");
    expect(plural.text).toBe("The government's plan failed.");
    expect(plural.fixes[0].agreement).toEqual(['possessive']);
    // Only nouns and names take a possessive; a closing quote is no possessive.
    expect(p.repair("It was stated's end.").fixes).toEqual([]);
    expect(p.repair("The word 'authorities' was apt.").text).toBe("The word 'government' was apt.");
    // The exact case is checked on the key, without the "'s".
    expect(p.repair("The usa's envoy left.").fixes).toEqual([]);
  });

  test('absentOriginals: the originals a text would hold at their rate, where none survives', () => {
    const filler = ' The council met on Monday and the mayor spoke to the press about the budget.'.repeat(20);
    const absent = r.repair('He stated it.' + filler).fixes.find((f) => f.rule === 't/say')!;
    const present = r.repair('He stated it. She said so.' + filler).fixes.find((f) => f.rule === 't/say')!;
    const words = ('He stated it.' + filler).split(/\b/).filter((t) => /\S/.test(t)).length;
    expect(absent.evidence.absentOriginals).toBeCloseTo(Math.min(5, (absent.evidence.originalPerMillion * words) / 1e6), 3);
    expect(absent.evidence.absentOriginals).toBeGreaterThan(0.1);
    expect(present.evidence.survivors).toBe(1);
    expect(present.evidence.absentOriginals).toBe(0);
  });

  test('a/an agreement after a swap', () => {
    expect(fix('He was a uncommon US diplomat.')).toBe('He was a rare US diplomat.');
    const res = r.repair('It is an uncommon sight.');
    expect(res.text).toBe('It is a rare sight.');
    expect(res.fixes[0].spun).toBe('an uncommon');
    expect(res.fixes[0].agreement).toEqual(['article']);
  });

  test('verb government after a swap', () => {
    expect(fix('a diplomat capable of develop a rapport')).toBe('a diplomat able to develop a rapport');
    expect(fix('to be capable to attend')).toBe('to be able to attend');
    expect(fix('capable of developing a rapport')).toBe('capable of developing a rapport');
  });

  test('every character outside a fix is preserved', () => {
    const input = '\uFEFF“He stated,”\r\n  she   wrote\u00a0—  in the USA.\r\n';
    const res = r.repair(input);
    expect(res.text).toBe('\uFEFF“He said,”\r\n  she   wrote\u00a0—  in the United States.\r\n');
    for (const f of res.fixes) expect(input.slice(f.start, f.end)).toBe(f.spun);
  });

  test('fix fields', () => {
    const res = r.repair('He stated it.');
    expect(res.fixes).toHaveLength(1);
    const f = res.fixes[0];
    expect(f).toMatchObject({ start: 3, end: 9, spun: 'stated', replacement: 'said', rule: 't/say', applied: true });
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(Object.keys(f.evidence).sort()).toEqual(
      ['documentSpin', 'neighbours', 'originalPerMillion', 'prior', 'raw', 'spinnerShare', 'spunPerMillion', 'survival', 'context', 'survivors', 'absentOriginals', 'missingNeighbours', 'siblingShare', 'textSpun'].sort(),
    );
  });

  test('disable by id and by tag', () => {
    const off = createRepairer({ bundled: false, dictionaries: [entries], minConfidence: 0, unseenSwaps: false, disable: ['t/say'] });
    expect(off.repair('He stated it.').text).toBe('He stated it.');
    const tagged = dict([{ id: 'x/a', spun: ['stated'], original: 'said', pos: 'verb', prior: 0.9, tags: ['risky'] }]);
    const offTag = createRepairer({ bundled: false, dictionaries: [tagged], minConfidence: 0, unseenSwaps: false, disableTags: ['risky'] });
    expect(offTag.repair('He stated it.').text).toBe('He stated it.');
  });

  test('entries below the minimum prior are not compiled', () => {
    const weak = dict([{ id: 'w/state', spun: ['stated'], original: 'said', pos: 'verb', prior: 0.15 }]);
    expect(createRepairer({ bundled: false, dictionaries: [weak], minConfidence: 0, unseenSwaps: false }).repair('He stated it.').fixes).toEqual([]);
    const kept = createRepairer({ bundled: false, dictionaries: [weak], minConfidence: 0, unseenSwaps: false, minPrior: 0.1 });
    expect(kept.repair('He stated it.').text).toBe('He said it.');
  });

  test('a later dictionary overrides an entry with the same id', () => {
    const override = dict([{ id: 't/say', spun: ['stated'], original: 'declared', pos: 'verb', prior: 0.9 }]);
    const o = createRepairer({ bundled: false, dictionaries: [entries, override], minConfidence: 0, unseenSwaps: false });
    expect(o.repair('He stated it.').text).toBe('He declared it.');
  });

  test('a bad dictionary names the entry and the field', () => {
    const bad = dict([{ id: 't/ok', spun: ['x'], original: 'y', pos: 'noun', prior: 0.5 }, { id: 't/bad', spun: [], original: 'y', pos: 'noun', prior: 0.5 }]);
    expect(() => createRepairer({ bundled: false, dictionaries: [bad] })).toThrow(DictionaryError);
    expect(() => createRepairer({ bundled: false, dictionaries: [bad] })).toThrow(/entry 1 \(t\/bad\): field "spun": needs at least one spun form/);
    expect(() => createRepairer({ bundled: false, dictionaries: [{ ...bad, version: 2 } as never] })).toThrow(/unsupported dictionary version 2/);
  });

  test('a threshold holds back unsure fixes, which are reported on request', () => {
    const strict = r.repair('He stated it.', { minConfidence: 1.01 });
    expect(strict.text).toBe('He stated it.');
    expect(strict.fixes).toEqual([]);
    const report = r.repair('He stated it.', { minConfidence: 1.01, includeBelowThreshold: true });
    expect(report.fixes).toHaveLength(1);
    expect(report.fixes[0].applied).toBe(false);
  });
});
