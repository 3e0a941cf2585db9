/**
 * Own-property lookup in a table parsed from JSON. A plain `table[key]` would
 * find Object.prototype members for input words such as "constructor" or
 * "__proto__".
 */
const has = Object.prototype.hasOwnProperty;

export function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return has.call(table, key) ? table[key] : undefined;
}
