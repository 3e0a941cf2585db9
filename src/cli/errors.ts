/** A user's mistake: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes, in one place so that help text, tests and code agree. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2, interrupted: 130 } as const;
