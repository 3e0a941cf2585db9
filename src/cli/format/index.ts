/** Pick the output format's writer. */
import type { OutputFormat } from '../options';
import type { FileResult } from './types';
import { formatDiff, formatJson, formatNdjson, formatText } from './simple';
import { colorsFor, formatReport } from './report';
import { formatGithub } from './github';
import { formatSarif } from './sarif';
import { formatHtml } from './html';

export function formatResults(format: OutputFormat, results: FileResult[], version: string, color?: boolean): string {
  switch (format) {
    case 'text': return formatText(results);
    case 'diff': return formatDiff(results);
    case 'json': return formatJson(results, version);
    case 'ndjson': return formatNdjson(results);
    case 'sarif': return formatSarif(results, version);
    case 'github': return formatGithub(results);
    case 'html': return formatHtml(results, version);
    case 'report': return formatReport(results, colorsFor(process.stdout, color));
  }
}
