/**
 * Reading inputs for the CLI with the checks users need: a missing file, a
 * directory, binary data and invalid UTF-8 each get one clear line.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './errors';
import type { Source } from './files';

export interface Input {
  /** Display name: the path, or "<stdin>". */
  name: string;
  /** Null for stdin. */
  path: string | null;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode bytes as UTF-8, refusing binary data and invalid sequences. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UsageError(`${name}: binary input (contains NUL bytes); unspin reads UTF-8 text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UsageError(`${name}: not valid UTF-8 text`);
  }
}

export function describeReadError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' :
    code === 'EISDIR' ? 'is a directory' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    (err as Error).message;
  return `${path}: ${why}`;
}

export function readInput(source: Source): Input {
  if (source.kind === 'stdin') return { name: '<stdin>', path: null, text: decode(readFileSync(0), '<stdin>') };
  let bytes: Buffer;
  try {
    bytes = readFileSync(source.path);
  } catch (err) {
    throw new UsageError(describeReadError(source.path, err));
  }
  return { name: source.path, path: source.path, text: decode(bytes, source.path) };
}
