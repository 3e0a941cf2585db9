import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { trustDictionary } from './src/dictionary/load';
import { packSurfaceForms } from './src/dictionary/surface-forms';

/**
 * The data files and bundled dictionaries go into the bundle as JSON text,
 * parsed on first use (src/data.ts): far quicker to load than the same data as
 * a JavaScript object literal, and not parsed at all by `unspin --version`.
 */
const jsonAsText: Plugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/](data|dictionaries)[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      // A bundled dictionary's examples, keep sentences and notes are for the test suite and for
      // maintainers (they ship in dictionaries/); the repairer never reads them. Left out, the
      // bundle is 2.4 MB smaller and loads that much quicker.
      if (/[\\/]dictionaries[\\/]/.test(args.path) || /[\\/]data[\\/]gazetteer\.json$/.test(args.path)) {
        for (const entry of data.entries) {
          delete entry.examples;
          delete entry.keep;
          delete entry.note;
        }
        // Each entry's surface forms, worked out now rather than on every start (src/bundled.ts).
        data.surfaceForms = trustDictionary(data).entries.map(packSurfaceForms);
      }
      return { contents: `export default ${JSON.stringify(JSON.stringify(data))};`, loader: 'js' };
    });
  },
};

// One build for the library (`unspin`), its Node additions (`unspin/node`) and the CLI, with code
// splitting, so that the core and its data are in the package once, in a chunk the three share.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/stream/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: { entry: { index: 'src/index.ts', node: 'src/stream/node.ts' } },
  clean: true,
  sourcemap: false,
  platform: 'node',
  target: 'node20',
  esbuildPlugins: [jsonAsText],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
});
