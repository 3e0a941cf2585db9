import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { defineConfig } from 'tsup';
import type { BuildOptions, Plugin } from 'esbuild';
import { packSources } from './src/bundle-data';

/** Whether this build writes CommonJS. */
const writesCjs = (options: BuildOptions) => options.format === 'cjs' || Object.values(options.outExtension ?? {}).includes('.cjs');

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
async function dataLiteral(path: string): Promise<string> {
  const data = JSON.parse(await readFile(path, 'utf8'));
  return READ_BY_EVERY_REPAIR.test(path) ? JSON.stringify(data) : JSON.stringify(JSON.stringify(data));
}

/**
 * The data (data/*.json, and the bundled dictionaries packed by
 * src/bundle-data.ts) goes in files of its own, dist/data/NAME.cjs and .mjs,
 * each nothing but `module.exports = <literal>` (`export default` in the ES
 * build). V8 keeps a script's source text for as long as a function of that
 * script lives, so data written into a chunk of code was held twice, as
 * source and as the strings made from it: 6.4 MB of the 43 MB live after a
 * large repair (heap snapshot). A CommonJS module that defines no function
 * lets its source go once it has run. (An ES module keeps its source while it
 * is loaded, so the ES build gains nothing here; it loses nothing either.)
 *
 * The bundled dictionaries are packed and compiled now rather than on every
 * start: src/bundle-data.ts is replaced by a module that hands out what its
 * packSources() returns, an object of a few long strings (see src/bundle-pack.ts).
 */
const dataFiles: Plugin = {
  name: 'data-files',
  setup(build) {
    const ext = writesCjs(build.initialOptions) ? '.cjs' : '.mjs';
    const literals = new Map<string, Promise<string>>();
    const external = (name: string, literal: () => Promise<string>) => {
      if (!literals.has(name)) literals.set(name, literal());
      return { path: `./data/${name}${ext}`, external: true };
    };
    build.onResolve({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const path = join(args.resolveDir, args.path);
      return external(basename(path, '.json'), () => dataLiteral(path));
    });
    build.onResolve({ filter: /^unspin-data:dictionaries$/ }, () => external('dictionaries', async () => JSON.stringify(packSources())));
    build.onLoad({ filter: /[\\/]src[\\/]bundle-data\.ts$/ }, () => ({
      contents: `import data from 'unspin-data:dictionaries';\nexport default () => data;`,
      loader: 'js',
    }));
    build.onEnd(async () => {
      const dir = join(build.initialOptions.outdir ?? 'dist', 'data');
      await mkdir(dir, { recursive: true });
      for (const [name, literal] of literals) {
        const text = ext === '.cjs' ? `module.exports = ${await literal};\n` : `export default ${await literal};\n`;
        await writeFile(join(dir, name + ext), text);
      }
    });
  },
};

/**
 * The CommonJS build loads zod when a schema is first built, not at start-up
 * (see src/dictionary/zod.ts). The ES module build keeps the static import.
 */
const zodOnFirstUse: Plugin = {
  name: 'zod-on-first-use',
  setup(build) {
    if (!writesCjs(build.initialOptions)) return;
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
  esbuildPlugins: [dataFiles, zodOnFirstUse],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
});
