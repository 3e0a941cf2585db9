/**
 * A self-contained HTML page (no scripts, no external files): each input's
 * repaired text with every fix highlighted. Hovering a fix shows the spun
 * words, the restored ones, the confidence and the evidence.
 */
import { placeFixes, plural, type FileResult } from './types';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font: 16px/1.6 Georgia, serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font: bold 1.4rem system-ui, sans-serif; }
h2 { font: bold 1rem system-ui, sans-serif; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.meta { font: 0.85rem system-ui, sans-serif; color: #555; }
pre.doc { white-space: pre-wrap; font: inherit; }
.fix { background: #fff3a8; border-bottom: 2px solid #d4a300; cursor: help; }
.fix.low { background: #eee; border-bottom-style: dashed; border-color: #999; }
del { color: #a00; }
ins { color: #070; text-decoration: none; font-weight: bold; }
.legend { font: 0.85rem system-ui, sans-serif; }
`;

function describe(f: ReturnType<typeof placeFixes>[number]): string {
  const evidence = Object.entries(f.evidence)
    .map(([k, v]) => `${k}: ${Number.isInteger(v) ? v : v.toFixed(4)}`)
    .join('\n');
  return `"${f.spun}" -> "${f.replacement}"\nconfidence ${f.confidence.toFixed(2)} (${f.applied ? 'applied' : 'below threshold'})\nrule ${f.rule}\n${evidence}`;
}

function renderDocument(r: FileResult): string {
  let out = '';
  let at = 0;
  for (const f of placeFixes(r)) {
    out += escapeHtml(r.text.slice(at, f.start));
    const cls = f.applied ? 'fix' : 'fix low';
    out += `<span class="${cls}" title="${escapeHtml(describe(f))}" data-rule="${escapeHtml(f.rule)}" data-confidence="${f.confidence.toFixed(4)}">`;
    out += f.applied ? `<del>${escapeHtml(f.spun)}</del> <ins>${escapeHtml(f.replacement)}</ins>` : escapeHtml(f.spun);
    out += '</span>';
    at = f.end;
  }
  return out + escapeHtml(r.text.slice(at));
}

export function formatHtml(results: FileResult[], version: string): string {
  const sections = results.map((r) => {
    const applied = r.result.fixes.filter((f) => f.applied).length;
    return `<section>
<h2>${escapeHtml(r.name)}</h2>
<p class="meta">spin score ${r.result.spinScore.toFixed(2)} &middot; ${plural(applied, 'fix', 'fixes')}</p>
<pre class="doc">${renderDocument(r)}</pre>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="unspin ${escapeHtml(version)}">
<title>unspin report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>unspin report</h1>
<p class="legend">Highlighted: words a spinner swapped, <del>struck</del> with the <ins>restored</ins> wording after them. Hover a fix for its confidence and evidence.</p>
${sections.join('\n')}
</body>
</html>
`;
}
