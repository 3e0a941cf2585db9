/**
 * Reading inputs for the CLI with the checks users need: a missing file, a
 * directory, binary data and invalid UTF-8 each get one clear line.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './errors';

export interface Input {
  /** Display name: the path, or "<stdin>". */
  name: string;
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

export function readInput(path: string): Input {
  if (path === '-') return { name: '<stdin>', text: decode(readFileSync(0), '<stdin>') };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'is a directory' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      (err as Error).message;
    throw new UsageError(`${path}: ${why}`);
  }
  return { name: path, text: decode(bytes, path) };
}
