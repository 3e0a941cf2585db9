import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { packSources } from './src/bundle-data';

/**
 * Data files every repair reads, whose bulk is a few long strings (tables
 * packed as text): as an object literal they load some 10 ms quicker than as
 * JSON text plus JSON.parse (measured on frequencies.json), as no string is
 * escaped twice and nothing is parsed a second time.
 */
const READ_BY_EVERY_REPAIR = /[\\/]data[\\/](frequencies|wordnet-synonyms|calibration)\.json$/;

/**
 * The other data files (inflections: objects of many small keys, read only
 * to inflect entries that were not worked out at build time) go in as JSON
 * text, parsed on first use (src/data.ts): quicker to load than an object
 * literal of that shape, and not parsed at all when not needed.
 */
const jsonAsText: Plugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      const literal = READ_BY_EVERY_REPAIR.test(args.path) ? JSON.stringify(data) : JSON.stringify(JSON.stringify(data));
      return { contents: `export default ${literal};`, loader: 'js' };
    });
  },
};

/**
 * The bundled dictionaries, packed and compiled now rather than on every
 * start: src/bundle-data.ts is replaced by what its packSources() returns,
 * an object of a few long strings (see src/bundle-pack.ts).
 */
const packedDictionaries: Plugin = {
  name: 'packed-dictionaries',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]bundle-data\.ts$/ }, () => ({
      contents: `const data = ${JSON.stringify(packSources())};\nexport default () => data;`,
      loader: 'js',
    }));
  },
};

/**
 * The CommonJS build loads zod when a schema is first built, not at start-up
 * (see src/dictionary/zod.ts). The ES module build keeps the static import.
 */
const zodOnFirstUse: Plugin = {
  name: 'zod-on-first-use',
  setup(build) {
    const cjs = build.initialOptions.format === 'cjs' || Object.values(build.initialOptions.outExtension ?? {}).includes('.cjs');
    if (!cjs) return;
    build.onLoad({ filter: /[\\/]src[\\/]dictionary[\\/]zod\.ts$/ }, () => ({
      contents: `export const loadZod = () => require('zod').z;`,
      loader: 'js',
    }));
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
  esbuildPlugins: [packedDictionaries, jsonAsText, zodOnFirstUse],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
});
