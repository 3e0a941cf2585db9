/**
 * One realistic spun paragraph per dictionary category, written for these
 * tests (fixtures/categories/*.txt, with the original wording in *.clean.txt).
 * With the bundled dictionaries at the default threshold, the named repairs
 * must be made, most of the damage undone, and the clean paragraph left alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { createRepairer } from '../src/repairer';

const repairer = createRepairer();
const read = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'categories', name), 'utf8');
/** Words that differ between two texts. */
const wordErrors = (a: string, b: string) =>
  diffWords(a, b)
    .filter((part) => part.added || part.removed)
    .reduce((n, part) => n + part.value.split(/\s+/).filter(Boolean).length, 0);

const expected: Record<string, Array<[string, string]>> = {
  names: [
    ['White Home', 'White House'],
    ['Supreme Courtroom', 'Supreme Court'],
    ['Protection Division', 'Defense Department'],
    ['Wall Avenue Journal', 'Wall Street Journal'],
    ['Home of Representatives', 'House of Representatives'],
    ['New York Occasions', 'New York Times'],
    ['Nationwide Safety Council', 'National Security Council'],
    ['invoice', 'bill'],
  ],
  verbs: [
    ['determined', 'decided'],
    ['constructed', 'built'],
    ['wished', 'wanted'],
    ['stored', 'kept'],
    ['labored with', 'worked with'],
  ],
  'function-words': [
    ['final 12 months', 'last year'],
    ['with out', 'without'],
    ['regardless of', 'despite'],
    ['wherein', 'in which'],
    ['whereas', 'while'],
    ['after which', 'and then'],
  ],
  idioms: [
    ['got here up quick', 'came up short'],
    ['stepped apart', 'stepped aside'],
    ['introduced again', 'brought back'],
    ['press convention', 'press conference'],
    ['referred to as off', 'called off'],
    ['rates of interest', 'interest rates'],
  ],
  nouns: [
    ['well being coverage', 'health policy'],
    ['sufferers', 'patients'],
    ['management', 'leadership'],
    ['federal government', 'government'],
  ],
  modifiers: [
    ['particular envoy', 'special envoy'],
    ['uncommon', 'rare'],
    ['interior', 'inner'],
    ['everlasting', 'permanent'],
  ],
  sports: [
    ['prime of the desk', 'top of the table'],
    ['house facet', 'home side'],
    ['nook kick', 'corner kick'],
    ['closing whistle', 'final whistle'],
    ['again of the web', 'back of the net'],
    ['dropping streak', 'losing streak'],
  ],
  culture: [
    ['movie pageant', 'film festival'],
    ['function movie', 'feature film'],
    ['purple carpet', 'red carpet'],
    ['Finest Image', 'Best Picture'],
    ['streaming large', 'streaming giant'],
    ['govt producer', 'executive producer'],
  ],
  'health-science': [
    ['section 3 trial', 'phase 3 trial'],
    ['printed within the journal', 'published in the journal'],
    ['danger components', 'risk factors'],
    ['in depth care items', 'intensive care units'],
    ['sufferers', 'patients'],
    ['food plan', 'diet'],
  ],
  'business-tech': [
    ['giant language fashions', 'large language models'],
    ['earnings name', 'earnings call'],
    ['chip scarcity', 'chip shortage'],
    ['three way partnership', 'joint venture'],
    ['ahead steerage', 'forward guidance'],
    ['steadiness sheet', 'balance sheet'],
  ],
  'crime-law': [
    ['stand check', 'stand trial'],
    ['nice jury', 'grand jury'],
    ['id theft', 'identity theft'],
    ['courtroom information', 'court records'],
    ['plea discount', 'plea bargain'],
    ['in the back of bars', 'behind bars'],
  ],
  'politics-world': [
    ['movement of no confidence', 'motion of no confidence'],
    ['energy struggle', 'power struggle'],
    ['throughout get together strains', 'across party lines'],
    ['approval score', 'approval rating'],
    ['state go to', 'state visit'],
    ['safety ensures', 'security guarantees'],
  ],
  society: [
    ['major faculty', 'primary school'],
    ['parent-teacher affiliation', 'parent-teacher association'],
    ['village corridor', 'village hall'],
    ['free faculty meals', 'free school meals'],
    ['single mother and father', 'single parents'],
    ['half-time period', 'half-term'],
  ],
  'travel-weather': [
    ['chilly entrance', 'cold front'],
    ['burst its financial institutions', 'burst its banks'],
    ['rail traces', 'rail lines'],
    ['lengthy traces', 'long lines'],
    ['pace restrict', 'speed limit'],
    ['evacuation heart', 'evacuation center'],
  ],
  newswire: [
    ['beneath manner', 'under way'],
    ['conversant in', 'familiar with'],
    ['on situation of anonymity', 'on condition of anonymity'],
    ['sticking level', 'sticking point'],
    ['stays to be seen', 'remains to be seen'],
    ['come into impact', 'come into effect'],
  ],
  'military-security': [
    ['job drive', 'task force'],
    ['warrior jets', 'fighter jets'],
    ['air protection', 'air defense'],
    ['navy foundation', 'military base'],
    ['menace stage', 'threat level'],
    ['battle video games', 'war games'],
  ],
  'energy-environment': [
    ['Nationwide Grid', 'National Grid'],
    ['Associates of the Earth', 'Friends of the Earth'],
    ['gasoline poverty', 'fuel poverty'],
    ['warmth pump', 'heat pump'],
    ['sensible meter', 'smart meter'],
    ['transmission strains', 'transmission lines'],
  ],
  collocation: [
    ['reached an settlement', 'reached an agreement'],
    ['arrange up', 'set up'],
    ['fall by means of', 'fall through'],
    ['foot the invoice', 'foot the bill'],
    ['play a key half', 'play a key part'],
    ['conveying out', 'carrying out'],
  ],
  technology: [
    ['web service suppliers', 'internet service providers'],
    ['person knowledge', 'user data'],
    ['supply code', 'source code'],
    ['cell cellphone', 'mobile phone'],
    ["Info Commissioner's Workplace", "Information Commissioner's Office"],
    ['phrases of service', 'terms of service'],
  ],
  numbers: [
    ['five-12 months', 'five-year'],
    ['1 / 4', 'a quarter'],
    ['in extra of', 'in excess of'],
    ['a bit of greater than', 'a little more than'],
    ['on a common foundation', 'on a regular basis'],
    ['every week later', 'a week later'],
  ],
  'common-phrases': [
    ['by and huge', 'by and large'],
    ['residing requirements', 'living standards'],
    ['division retailer', 'department store'],
    ['have in thoughts', 'have in mind'],
    ['again burner', 'back burner'],
    ['as a gaggle', 'as a group'],
  ],
  'common-phrases-2': [
    ['take location', 'take place'],
    ['dealing with of', 'handling of'],
    ['in brief provide', 'in short supply'],
    ['the underside line', 'the bottom line'],
    ['in purchase', 'in order'],
    ['remaining determination', 'final decision'],
  ],
  'phrase-walk': [
    ['outdated man', 'old man'],
    ['fairly a', 'quite a'],
    ['household enterprise', 'family business'],
    ['standing quo', 'status quo'],
    ['monetary assist', 'financial support'],
    ['operating out of', 'running out of'],
    ['time period of time', 'period of time'],
  ],
};

describe.each(Object.keys(expected))('%s paragraph', (category) => {
  const spun = read(`${category}.txt`);
  const clean = read(`${category}.clean.txt`);
  const result = repairer.repair(spun);

  test('is recognised as spun', () => {
    expect(result.spinScore).toBeGreaterThan(0.9);
  });

  test.each(expected[category])('repairs "%s" -> "%s"', (from, to) => {
    const fix = result.fixes.find((f) => f.spun.endsWith(from) || f.spun === from);
    expect(fix?.replacement.endsWith(to) ? to : fix?.replacement).toBe(to);
  });

  test('undoes most of the damage', () => {
    expect(wordErrors(result.text, clean)).toBeLessThan(wordErrors(spun, clean) * 0.5);
  });

  test('leaves the clean paragraph unchanged', () => {
    const r = repairer.repair(clean);
    expect(r.text).toBe(clean);
    expect(r.spinScore).toBeLessThan(0.1);
  });
});
