/**
 * The measured data files (data/*.json) and bundled dictionaries are compiled
 * into the package as JSON text (see tsup.config.ts) and parsed on first use:
 * JSON.parse is far quicker than evaluating the same data as a JavaScript
 * object literal, and nothing is parsed until it is needed (`unspin
 * --version` parses nothing). Under ts-jest the import is already an object.
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
