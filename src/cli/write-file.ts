/**
 * Rewriting a file in place without ever leaving it half-written: the new
 * content goes to a temporary file in the same folder (same file system, so
 * the rename is atomic), is flushed to disk, takes the original's mode, and
 * only then replaces the original. If anything fails, or the run is
 * interrupted, the temporary file is removed and the original is untouched.
 */
import { promises as fs, constants as fsConstants, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Temporary files still on disk, removed if the process is interrupted. */
const pending = new Set<string>();

export function pendingTemporaryFiles(): ReadonlySet<string> {
  return pending;
}

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.unspin-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Why a file cannot be rewritten, before anything is written; null when it can. */
export async function cannotWrite(path: string, stat: Stats): Promise<string | null> {
  // Root may write anything; a file with no write bit is still meant to be left alone.
  if ((stat.mode & 0o222) === 0) return 'read-only file, left unchanged';
  try {
    await fs.access(path, fsConstants.W_OK);
    await fs.access(dirname(path), fsConstants.W_OK);
  } catch {
    return 'permission denied, left unchanged';
  }
  return null;
}

/** Write `content` (or the chunks an async iterable yields) to `path` atomically. */
export async function writeAtomic(path: string, content: string | AsyncIterable<string>): Promise<void> {
  const stat = await fs.stat(path).catch(() => null);
  const temp = temporaryPathFor(path);
  pending.add(temp);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', stat ? stat.mode & 0o7777 : 0o666);
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else {
      // Gather small pieces (JSON Lines records) into larger writes.
      let batch = '';
      for await (const piece of content) {
        batch += piece;
        if (batch.length >= 1 << 16) {
          await handle.writeFile(batch, 'utf8');
          batch = '';
        }
      }
      if (batch) await handle.writeFile(batch, 'utf8');
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (stat) {
      await fs.chmod(temp, stat.mode & 0o7777);
      // Keep the owner when we are allowed to (running as root); otherwise the new file is ours.
      await fs.chown(temp, stat.uid, stat.gid).catch(() => undefined);
    }
    await fs.rename(temp, path);
    pending.delete(temp);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    pending.delete(temp);
    throw err;
  }
}

/** Describe a write error for the one-line report. */
export function writeErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC': return 'no space left on device, left unchanged';
    case 'EDQUOT': return 'disk quota exceeded, left unchanged';
    case 'EACCES':
    case 'EPERM': return 'permission denied, left unchanged';
    case 'EROFS': return 'read-only file system, left unchanged';
    default: return `cannot write (${code ?? (err as Error).message}), left unchanged`;
  }
}
