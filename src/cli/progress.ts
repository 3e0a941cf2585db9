/**
 * Feedback on stderr for people watching a terminal: a progress bar
 * (cli-progress) while many files or a large input are repaired, and a
 * summary line at the end. Nothing when stderr is not a terminal (logs and
 * pipelines stay clean) or with --quiet; never anything on stdout.
 */
import type { SingleBar } from 'cli-progress';

export interface Feedback {
  start(total: number, totalBytes: number): void;
  tick(fixes: number): void;
  stop(): void;
  summary(line: string): void;
}

/** Show a bar only when the work is long enough to watch. */
const MIN_FILES = 20;
const MIN_BYTES = 1_000_000;

export async function createFeedback(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Promise<Feedback> {
  const active = !quiet && Boolean(stream.isTTY);
  // Loaded only where a bar may show: a pipeline or a test does not pay for it at start-up.
  const Bar = active ? (await import('cli-progress')).SingleBar : undefined;
  let bar: SingleBar | undefined;
  let fixes = 0;
  return {
    start(total, totalBytes) {
      if (!Bar || (total < MIN_FILES && totalBytes < MIN_BYTES)) return;
      bar = new Bar({
        stream,
        format: 'unspin [{bar}] {value}/{total} files | {fixes} fixes | {eta_formatted} left',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      });
      bar.start(total, 0, { fixes: 0 });
    },
    tick(n) {
      fixes += n;
      bar?.increment(1, { fixes });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
    summary(line) {
      if (active) stream.write(`${line}\n`);
    },
  };
}
