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
  const [id, spun, original, pos, inflect, head, forms, kase, context, prior, tags, surfaceForms] = line.split(FIELD);
  const e: Entry = {
    id,
    spun: spun.split(ITEM),
    original,
    pos: shared(pos) as PartOfSpeech,
    inflect: inflect === '1',
    head: head === '' ? undefined : Number(head),
    forms: forms === '' ? undefined : (forms.split(ITEM).map(shared) as InflectedForm[]),
    case: shared(kase) as Entry['case'],
    context: context === '' ? undefined : JSON.parse(context),
    prior: Number(prior),
    tags: tags === '' ? [] : tags.split(ITEM).map(shared),
    examples: [],
    keep: [],
  };
  if (surfaceForms !== '') attachSurfaceForms(e, surfaceForms);
  return e;
}
