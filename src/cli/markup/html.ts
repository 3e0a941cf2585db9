/**
 * The prose of an HTML document: text tokens from parse5's SAX parser (with
 * source offsets), outside elements whose content is code or not prose.
 * Tags, attributes and comments are never text runs, so they cannot change.
 */
import type { SAXParser as SAXParserType } from 'parse5-sax-parser';
import { DISABLE_COMMENT, ENABLE_COMMENT, freeze, type TextRun } from './runs';

/** Elements whose content is left exactly as written. */
const VERBATIM = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'tt', 'var', 'textarea', 'template', 'svg', 'math', 'noscript']);

let SAXParser: typeof SAXParserType | undefined;

/** parse5 is an ES module: load it (once) before `htmlRuns` is called. */
export async function loadHtmlParser(): Promise<void> {
  SAXParser ??= (await import('parse5-sax-parser')).SAXParser;
}

export function htmlRuns(source: string): TextRun[] {
  if (!SAXParser) throw new Error('loadHtmlParser() was not awaited');
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const runs: TextRun[] = [];
  const open = new Map<string, number>();
  let verbatimDepth = 0;
  const disabled: Array<[number, number]> = [];
  let disabledFrom: number | null = null;

  parser.on('startTag', (tag) => {
    if (VERBATIM.has(tag.tagName) && !tag.selfClosing) {
      open.set(tag.tagName, (open.get(tag.tagName) ?? 0) + 1);
      verbatimDepth++;
    }
  });
  parser.on('endTag', (tag) => {
    const n = open.get(tag.tagName) ?? 0;
    if (n > 0) {
      open.set(tag.tagName, n - 1);
      verbatimDepth--;
    }
  });
  parser.on('text', (t) => {
    const loc = t.sourceCodeLocation;
    if (verbatimDepth === 0 && loc) runs.push({ start: loc.startOffset, end: loc.endOffset });
  });
  parser.on('comment', (c) => {
    const loc = c.sourceCodeLocation;
    if (!loc) return;
    const raw = source.slice(loc.startOffset, loc.endOffset);
    if (DISABLE_COMMENT.test(raw) && disabledFrom === null) disabledFrom = loc.endOffset;
    else if (ENABLE_COMMENT.test(raw) && disabledFrom !== null) {
      disabled.push([disabledFrom, loc.startOffset]);
      disabledFrom = null;
    }
  });
  parser.end(source);
  if (disabledFrom !== null) disabled.push([disabledFrom, source.length]);
  return freeze(runs, disabled);
}
