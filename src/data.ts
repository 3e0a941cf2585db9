/**
 * The measured data files (data/*.json) are compiled into the package either
 * as object literals (the tables every repair reads, mostly long strings) or
 * as JSON text parsed on first use (the rest: JSON.parse is quicker than an
 * object literal of many small keys, and nothing is parsed until it is
 * needed); see tsup.config.ts. Under ts-jest the import is always an object.
 */
export function fromJson<T>(raw: unknown): T {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T;
}

/** A value computed on first use and kept. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
