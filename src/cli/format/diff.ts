/** The unified diff format (its own module: the diff package is loaded only for --format diff). */
import { createTwoFilesPatch } from 'diff';
import type { FileResult } from './types';

export function formatDiff(results: FileResult[]): string {
  return results
    .filter((r) => r.result.text !== r.text)
    .map((r) => createTwoFilesPatch(r.name, r.name, r.text, r.result.text, 'spun', 'repaired'))
    .join('');
}
