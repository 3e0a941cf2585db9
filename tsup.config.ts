import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The data files and bundled dictionaries go into the bundle as JSON text,
 * parsed on first use (src/data.ts): far quicker to load than the same data as
 * a JavaScript object literal, and not parsed at all by `unspin --version`.
 */
const jsonAsText: Plugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/](data|dictionaries)[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: `export default ${JSON.stringify(await readFile(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS + declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    esbuildPlugins: [jsonAsText],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
  },
  {
    // Node-only additions (the stream Transform): `unspin/node`.
    entry: { node: 'src/stream/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node20',
    esbuildPlugins: [jsonAsText],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
  },
  {
    // The command-line tool (Node only).
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    esbuildPlugins: [jsonAsText],
    outExtension: () => ({ js: '.cjs' }),
  },
]);
