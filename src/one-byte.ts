/**
 * Text kept to characters below U+0100, so that V8 stores it in one byte per
 * character: a string holding a single character above U+00FF takes two bytes
 * for every character. The packed tables (src/packed-table.ts) and the packed
 * dictionary entries (src/dictionary/pack-entry.ts) are long strings in which
 * a few dashes, curly quotes and euro signs doubled the heap they took (the
 * 3 MB of entry lines held 6.0 MB, heap snapshot). Each such character is
 * written as \u0004 and four hex digits; no packed text holds \u0004 else
 * (dictionary text has no control characters, the tables are words).
 */
const WIDE = '\u0004';

export function toOneByte(text: string): string {
  return text.replace(/[^\u0000-\u00ff]/g, (c) => WIDE + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function fromOneByte(text: string): string {
  return text.indexOf(WIDE) < 0 ? text : text.replace(/\u0004([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether toOneByte would change the text. */
export function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}
