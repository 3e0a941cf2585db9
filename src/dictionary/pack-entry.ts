/**
 * One dictionary entry as one line of text, and back: how the bundled
 * entries are shipped (src/bundle-data.ts). A line is cheaper to carry and to
 * unpack than the entry's JSON (no key names, no quotes to escape), and an
 * entry is unpacked only when a repair or a caller needs it.
 *
 * Fields are separated by tabs, list items by \u0001: neither can occur in
 * an entry (the schema refuses control characters). Context conditions, which
 * few entries have, stay JSON.
 * A line holds no character above U+00FF (see src/one-byte.ts).
 */
import type { Entry, InflectedForm, PartOfSpeech } from './schema';
import { attachSurfaceForms, packSurfaceForms } from './surface-forms';
import { shared } from './shared-strings';
import { fromOneByte, toOneByte } from '../one-byte';

const FIELD = '\t';
const ITEM = '\u0001';

/**
 * `withForms`: also carry the entry's surface forms, worked out now (the
 * bundle does, so that a large input does not work out 20,000 forms; they
 * add a tenth to its size).
 */
export function packEntry(e: Entry, withForms = true): string {
  const line = [
    e.id,
    e.spun.join(ITEM),
    e.original,
    e.pos,
    e.inflect ? '1' : '',
    e.head === undefined ? '' : String(e.head),
    e.forms ? e.forms.join(ITEM) : '',
    e.case,
    e.context ? JSON.stringify(e.context) : '',
    String(e.prior),
    e.tags.join(ITEM),
    withForms ? packSurfaceForms(e) : '',
  ].join(FIELD);
  return toOneByte(line);
}

/**
 * The entry as trustDictionary() gives it (defaults filled in; examples, keep
 * and note left out). Every entry gets the same properties in the same order,
 * the optional ones undefined when absent, so that the matcher's reads of
 * entry fields meet one object shape (a tenth quicker than the many shapes of
 * parsed JSON, measured on repeated repairs).
 */
export function unpackEntry(packed: string): Entry {
  const line = fromOneByte(packed);
  // Fields read by index rather than destructured: destructuring steps an iterator, which code
  // not yet optimised (a cold start, where most entries are unpacked) pays for in full.
  const f = line.split(FIELD);
  const head = f[5];
  const forms = f[6];
  const context = f[8];
  const tags = f[10];
  const e: Entry = {
    id: f[0],
    spun: f[1].split(ITEM),
    original: f[2],
    pos: shared(f[3]) as PartOfSpeech,
    inflect: f[4] === '1',
    head: head === '' ? undefined : Number(head),
    forms: forms === '' ? undefined : (forms.split(ITEM).map(shared) as InflectedForm[]),
    case: shared(f[7]) as Entry['case'],
    context: context === '' ? undefined : JSON.parse(context),
    prior: Number(f[9]),
    tags: tags === '' ? [] : tags.split(ITEM).map(shared),
    examples: [],
    keep: [],
  };
  if (f[11] !== '') attachSurfaceForms(e, f[11]);
  return e;
}
