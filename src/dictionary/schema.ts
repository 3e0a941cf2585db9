/**
 * The dictionary file format, version 1, as a zod schema.
 *
 * A dictionary is a JSON document; `dictionaries/FORMAT.md` explains each
 * field for people who write entries. The schema is the single source of
 * truth: the loader, the CLI's `dict validate` and the tests all use it.
 * The schemas are built on first use (see ./zod): dictionarySchemas().
 */
import type { z as Z } from 'zod';
import { loadZod } from './zod';
import { lazy } from '../data';

export const FORMAT_NAME = 'unspin-dictionary';
export const FORMAT_VERSION = 1;

function build(z: typeof Z) {
  /** Parts of speech an entry may declare. `inflect` uses it to pick the paradigm. */
  const PartOfSpeech = z.enum([
    'verb', 'noun', 'adj', 'adv', 'prep', 'conj', 'det', 'pron', 'num', 'name', 'phrase',
  ]);

  /** Verb and noun forms that inflection can generate. */
  const InflectedForm = z.enum(['base', 'third', 'past', 'participle', 'gerund', 'plural']);

  const phrase = z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'is longer than 200 characters')
    .refine((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters');

  const wordList = z.array(phrase).max(200);

  /** Words that must, or must not, stand right before or after the match (lowercase compare). */
  const ContextConditions = z
    .object({
      before: wordList.optional(),
      after: wordList.optional(),
      notBefore: wordList.optional(),
      notAfter: wordList.optional(),
      /**
       * before/after are gates even when they list content words (by default a
       * missing content-word neighbour is evidence for the scorer; see src/match/find.ts).
       */
      strict: z.boolean().optional(),
      /**
       * No verb follows the match before its clause ends: the grammar of a
       * conjunction written where a preposition stood ("take over because the
       * special envoy." for "as the special envoy").
       */
      noVerbAfter: z.boolean().optional(),
      /** The word after the match starts with a capital letter, as a name does ("Choose Smith" for "Judge Smith"). */
      nameAfter: z.boolean().optional(),
    })
    .strict();

  /** A pair [spun sentence, expected repair] checked by the test suite. */
  const Example = z.tuple([phrase, phrase]);

  const Entry = z
    .object({
      /** Stable id, unique across all loaded dictionaries: `file/slug`. Reported as a fix's `rule`. */
      id: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, 'must be lowercase letters, digits, . _ / -').max(120),
      /** What the spinner writes. Base forms when `inflect` is true. */
      spun: z.array(phrase).min(1, 'needs at least one spun form').max(50),
      /** What the spinner replaced: the text unspin puts back. */
      original: phrase,
      pos: PartOfSpeech,
      /** The head word (first word unless `head` says otherwise) inflects: generate its forms. */
      inflect: z.boolean().default(false),
      /** Index of the inflecting word in the spun and original phrases (default 0). */
      head: z.number().int().min(0).max(10).optional(),
      /** Restrict generation to these forms (e.g. only `past` for "stated" -> "said"). */
      forms: z.array(InflectedForm).min(1).optional(),
      /** `exact`: the spun form matches only with this capitalisation (names). Default `any`. */
      case: z.enum(['any', 'exact']).default('any'),
      context: ContextConditions.optional(),
      /**
       * Author's prior that a spinner produced this spun form from this original,
       * given that the text is spun. Clean-text frequency is measured separately.
       */
      prior: z.number().min(0).max(1),
      tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20).default([]),
      /** [spun sentence, repaired sentence] pairs; each must round-trip. */
      examples: z.array(Example).max(20).default([]),
      /** Sentences where this entry must not fire (its context conditions hold them back). */
      keep: z.array(phrase).max(20).default([]),
      note: z.string().max(500).optional(),
    })
    .strict();

  const DictionaryFile = z
    .object({
      $schema: z.string().optional(),
      format: z.literal(FORMAT_NAME),
      version: z.literal(FORMAT_VERSION),
      name: z.string().regex(/^[a-z0-9-]+$/),
      description: z.string().max(2000).optional(),
      /** Where the entries come from. */
      source: z.string().min(1),
      /** SPDX identifier of the licence the entries are under. */
      license: z.string().min(1),
      entries: z.array(Entry).max(200_000),
    })
    .strict();
  return { PartOfSpeech, InflectedForm, ContextConditions, Entry, DictionaryFile };
}

export type DictionarySchemas = ReturnType<typeof build>;

/** The zod schemas of the format, built (and zod loaded) on first use. */
export const dictionarySchemas: () => DictionarySchemas = lazy(() => build(loadZod()));

export type PartOfSpeech = Z.infer<DictionarySchemas['PartOfSpeech']>;
export type InflectedForm = Z.infer<DictionarySchemas['InflectedForm']>;
export type ContextConditions = Z.infer<DictionarySchemas['ContextConditions']>;
export type Entry = Z.infer<DictionarySchemas['Entry']>;
export type EntryInput = Z.input<DictionarySchemas['Entry']>;
export type DictionaryFile = Z.infer<DictionarySchemas['DictionaryFile']>;
export type DictionaryInput = Z.input<DictionarySchemas['DictionaryFile']>;
