/** Pick the output format's writer. The diff writer's package is loaded only when it is picked (start-up). */
import type { OutputFormat } from '../options';
import type { FileResult } from './types';
import { formatJson, formatNdjson, formatText } from './simple';
import { colorsFor, formatReport } from './report';
import { formatGithub } from './github';
import { formatSarif } from './sarif';
import { formatHtml } from './html';

export async function formatResults(format: OutputFormat, results: FileResult[], version: string, color?: boolean): Promise<string> {
  switch (format) {
    case 'text': return formatText(results);
    case 'diff': return (await import('./diff')).formatDiff(results);
    case 'json': return formatJson(results, version);
    case 'ndjson': return formatNdjson(results);
    case 'sarif': return formatSarif(results, version);
    case 'github': return formatGithub(results);
    case 'html': return formatHtml(results, version);
    case 'report': return formatReport(results, colorsFor(process.stdout, color));
  }
}
