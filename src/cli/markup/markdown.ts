/**
 * The prose of a Markdown document: `text` nodes of the mdast tree
 * (mdast-util-from-markdown, CommonMark), with their source offsets. Code
 * spans, code blocks, raw HTML, link destinations, definitions and a leading
 * YAML front-matter block are not text nodes, so they cannot change.
 */
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown';
import { DISABLE_COMMENT, ENABLE_COMMENT, freeze, type TextRun } from './runs';

let fromMarkdown: typeof FromMarkdown | undefined;

/** mdast-util-from-markdown is an ES module: load it (once) before `markdownRuns` is called. */
export async function loadMarkdownParser(): Promise<void> {
  fromMarkdown ??= (await import('mdast-util-from-markdown')).fromMarkdown;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function markdownRuns(source: string): TextRun[] {
  if (!fromMarkdown) throw new Error('loadMarkdownParser() was not awaited');
  // micromark drops a byte-order mark and counts offsets after it.
  const shift = source.startsWith('\uFEFF') ? 1 : 0;
  const body = source.slice(shift);
  const front = FRONT_MATTER.exec(body);
  const skip = front ? front[0].length : 0;
  const tree = fromMarkdown(body.slice(skip)) as MdNode;
  const base = shift + skip;

  const runs: TextRun[] = [];
  const disabled: Array<[number, number]> = [];
  let disabledFrom: number | null = null;
  const walk = (node: MdNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      runs.push({ start: base + start, end: base + end });
    } else if (node.type === 'html' && start !== undefined && end !== undefined) {
      const raw = node.value ?? '';
      if (DISABLE_COMMENT.test(raw) && disabledFrom === null) disabledFrom = base + end;
      else if (ENABLE_COMMENT.test(raw) && disabledFrom !== null) {
        disabled.push([disabledFrom, base + start]);
        disabledFrom = null;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  if (disabledFrom !== null) disabled.push([disabledFrom, source.length]);
  return freeze(runs, disabled);
}
