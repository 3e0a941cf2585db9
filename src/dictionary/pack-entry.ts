/**
 * One dictionary entry as one line of text, and back: how the bundled
 * entries are shipped (src/bundle-data.ts). A line is cheaper to carry and to
 * unpack than the entry's JSON (no key names, no quotes to escape), and an
 * entry is unpacked only when a repair or a caller needs it.
 *
 * Fields are separated by tabs, list items by \u0001: neither can occur in
 * an entry (the schema refuses control characters). Context conditions, which
 * few entries have, stay JSON.
 */
import type { Entry, InflectedForm, PartOfSpeech } from './schema';
import { attachSurfaceForms, packSurfaceForms } from './surface-forms';

const FIELD = '\t';
const ITEM = '\u0001';

/**
 * `withForms`: also carry the entry's surface forms, worked out now (for
 * inflecting entries, whose forms are costly to work out; the others' are
 * quick to make from the entry when they are needed).
 */
export function packEntry(e: Entry, withForms = e.inflect): string {
  return [
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
}

/** The entry as trustDictionary() gives it (defaults filled in; examples, keep and note left out). */
export function unpackEntry(line: string): Entry {
  const [id, spun, original, pos, inflect, head, forms, kase, context, prior, tags, surfaceForms] = line.split(FIELD);
  const e: Entry = { id, spun: spun.split(ITEM), original, pos: pos as PartOfSpeech, inflect: inflect === '1', case: kase as Entry['case'], prior: Number(prior), tags: tags === '' ? [] : tags.split(ITEM), examples: [], keep: [] };
  if (head !== '') e.head = Number(head);
  if (forms !== '') e.forms = forms.split(ITEM) as InflectedForm[];
  if (context !== '') e.context = JSON.parse(context);
  if (surfaceForms !== '') attachSurfaceForms(e, surfaceForms);
  return e;
}
