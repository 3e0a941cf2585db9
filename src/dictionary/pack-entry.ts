/**
 * One dictionary entry as one line of text, and back: how the bundled
 * entries are shipped (src/bundle-data.ts). A line is cheaper to carry and to
 * unpack than the entry's JSON (no key names, no quotes to escape), and an
 * entry is unpacked only when a repair or a caller needs it.
 *
 * Fields are separated by tabs, list items by \u0001: neither can occur in
 * an entry (the schema refuses control characters). Context conditions, which
 * few entries have, stay JSON.
 *
 * A line holds no character above U+00FF: each is written as \u0004 and four
 * hex digits. V8 keeps a string whose characters are all below U+0100 in one
 * byte each, any other in two; a few dozen dashes, curly quotes and euro
 * signs made the bundle's 3 MB of entry lines take 6.0 MB of heap (snapshot).
 */
import type { Entry, InflectedForm, PartOfSpeech } from './schema';
import { attachSurfaceForms, packSurfaceForms } from './surface-forms';
import { shared } from './shared-strings';

const FIELD = '\t';
const ITEM = '\u0001';
const WIDE = '\u0004';

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
  return line.replace(/[^\u0000-\u00ff]/g, (c) => WIDE + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function unescapeWide(line: string): string {
  return line.indexOf(WIDE) < 0 ? line : line.replace(/\u0004([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The entry as trustDictionary() gives it (defaults filled in; examples, keep
 * and note left out). Every entry gets the same properties in the same order,
 * the optional ones undefined when absent, so that the matcher's reads of
 * entry fields meet one object shape (a tenth quicker than the many shapes of
 * parsed JSON, measured on repeated repairs).
 */
export function unpackEntry(packed: string): Entry {
  const line = unescapeWide(packed);
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
