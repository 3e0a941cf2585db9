#!/usr/bin/env node
'use strict';
try {
  require('../dist/cli.cjs');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.cjs/.test(String(err.message))) {
    process.stderr.write('unspin: not built yet; run `npm run build` in the package folder\n');
    process.exit(2);
  }
  throw err;
}
