/**
 * Turn the command's path arguments into a list of inputs: files as named,
 * folders walked, globs expanded (fast-glob), with .gitignore and
 * .unspinignore files honoured (the `ignore` package implements their
 * syntax) for everything found by a walk or a glob. A file named outright is
 * always read: naming it is the user's choice.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './errors';

/** Extensions a folder walk picks up. */
export const DEFAULT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'jsonl', 'ndjson'];
export const IGNORE_FILES = ['.gitignore', '.unspinignore'];
/** Never walked into. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export type Source = { kind: 'stdin' } | { kind: 'file'; path: string };

export interface ResolveOptions {
  extensions?: string[];
  /** Read .gitignore and .unspinignore files (default true). */
  useIgnoreFiles: boolean;
  /** Extra patterns, relative to `patternBase` (the config file's folder). */
  patterns: string[];
  patternBase: string;
  cwd?: string;
}

/** The ignore rules of each folder, read once. */
class IgnoreRules {
  private readonly byDir = new Map<string, Ignore | null>();
  private readonly extra: Ignore | null;

  constructor(private readonly opts: ResolveOptions) {
    this.extra = opts.patterns.length > 0 ? ignore().add(opts.patterns) : null;
  }

  private rulesOf(dir: string): Ignore | null {
    if (!this.byDir.has(dir)) {
      let rules: Ignore | null = null;
      if (this.opts.useIgnoreFiles) {
        for (const name of IGNORE_FILES) {
          const file = join(dir, name);
          if (!existsSync(file)) continue;
          try {
            (rules ??= ignore()).add(readFileSync(file, 'utf8'));
          } catch (err) {
            throw new UsageError(`${file}: cannot read ignore file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
          }
        }
      }
      this.byDir.set(dir, rules);
    }
    return this.byDir.get(dir)!;
  }

  /** Is `file` (absolute) ignored by a rule file in `top` or any folder between it and the file? */
  ignores(file: string, top: string): boolean {
    if (this.extra) {
      const rel = relative(this.opts.patternBase, file);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && this.extra.ignores(toPosix(rel))) return true;
    }
    if (!this.opts.useIgnoreFiles) return false;
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const rules = this.rulesOf(dir);
      if (rules && rules.ignores(toPosix(relative(dir, file)))) return true;
      if (dir === top || dirname(dir) === dir || !isInside(dir, top)) return false;
    }
  }
}

const toPosix = (p: string) => p.split(sep).join('/');
const isInside = (p: string, dir: string) => {
  const rel = relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Where ignore files start to count for a walk of `dir`: the working folder
 * when the walk is inside it (so a root .gitignore applies to `unspin docs/`),
 * else the walked folder itself.
 */
const topFor = (dir: string, cwd: string) => (isInside(dir, cwd) ? cwd : dir);

/** fast-glob, loaded only when an argument is a folder or may be a glob (start-up). */
const fastGlob = async () => (await import('fast-glob')).default;

export async function resolveSources(args: string[], opts: ResolveOptions): Promise<Source[]> {
  const cwd = opts.cwd ?? process.cwd();
  const rules = new IgnoreRules(opts);
  const exts = (opts.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, ''));
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind: 'file', path });
  };
  // Found files are shown relative to the working folder when under it.
  const shown = (abs: string) => (isInside(abs, cwd) ? relative(cwd, abs) || abs : abs);

  for (const arg of args.length === 0 ? ['-'] : args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const stat = statOrNull(resolve(cwd, arg));
    if (stat?.isFile()) {
      add(arg);
    } else if (stat?.isDirectory()) {
      const dir = resolve(cwd, arg);
      const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
      const found = (await fastGlob()).sync(pattern, { cwd: dir, absolute: true, onlyFiles: true, dot: false, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false, followSymbolicLinks: false });
      const top = topFor(dir, cwd);
      for (const abs of found.sort()) if (!rules.ignores(abs, top)) add(shown(abs));
    } else if (stat) {
      throw new UsageError(`${arg}: not a regular file or folder`);
    } else if ((await fastGlob()).isDynamicPattern(arg)) {
      const found = (await fastGlob()).sync(toPosix(arg), { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
      if (found.length === 0) throw new UsageError(`${arg}: no files match this pattern`);
      for (const abs of found.sort()) if (!rules.ignores(abs, topFor(dirname(abs), cwd))) add(shown(abs));
    } else {
      throw new UsageError(`${arg}: no such file`);
    }
  }
  return out;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UsageError(`${path}: ${code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  }
}
