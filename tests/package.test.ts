/**
 * The built package (needs `npm run build`; `npm test` builds first): the
 * library's ESM entry must stay browser-safe, importing no Node built-in
 * anywhere in the chunks it loads (the CLI's chunks may).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const dist = join(__dirname, '..', 'dist');

/** Every module specifier reachable from an ESM file through static and dynamic imports. */
function importGraph(entry: string): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";|^import\s*"([^"]+)";|\bimport\("([^"]+)"\)/gm)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else external.add(spec);
    }
  };
  visit(entry);
  return { files, external };
}

const built = existsSync(join(dist, 'index.mjs'));

(built ? describe : describe.skip)('the built library', () => {
  test('its ESM entry reaches no Node built-in module (it runs in a browser)', () => {
    const { files, external } = importGraph(join(dist, 'index.mjs'));
    expect(files.length).toBeGreaterThan(1);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...external].filter((m) => builtins.has(m) || m.startsWith('node:'))).toEqual([]);
  });

  test('the Node entry does reach node:stream (the check above would see one)', () => {
    const { external } = importGraph(join(dist, 'node.mjs'));
    expect([...external].some((m) => m === 'stream' || m === 'node:stream')).toBe(true);
  });
});
