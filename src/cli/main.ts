/**
 * The `unspin` command's entry point: parse the command line, run, and turn
 * every user mistake into one line on stderr with exit code 2 (no stack
 * trace). See program.ts for the options and run.ts for the work.
 */
import { CommanderError } from 'commander';
import { UsageError, EXIT } from './errors';
import { buildProgram } from './program';
import { version } from '../../package.json';

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (unspin big.txt | head) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await buildProgram(version).parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; a usage error has been printed by commander already.
      process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`unspin: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`unspin: internal error: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 70;
  }
}

void main(process.argv);
