/**
 * zod, for the schemas (./schema and the CLI's configuration), which are
 * built on first use: a start that validates nothing (the bundled
 * dictionaries are trusted, see load.ts) should not pay for loading zod, a
 * third of a one-sentence run's start-up.
 *
 * As written this module loads zod with the rest of the package: an ES
 * module cannot load another one synchronously when it is first needed. The
 * CommonJS build replaces it with a `require` inside loadZod (tsup.config.ts),
 * which does load zod on first use.
 */
import { z } from 'zod';

export const loadZod = (): typeof z => z;
