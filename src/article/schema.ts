/**
 * The article JSON contract, shared by the build-time pipeline (before it writes)
 * and the app (after it fetches). One schema, one source of truth.
 *
 * Offsets are UTF-16 code units (what JavaScript strings index by), end exclusive.
 * Positions are unist-style: line and column are 1-based, offset 0-based, and they
 * point into the seed file as read (after BOM removal and line-ending normalisation).
 */
/*
 * zod/mini, not classic zod: the same validation and the same z.infer types from the same
 * package, but built from functions that a bundler can drop when unused. The classic API
 * hangs every method on every schema, which cost the browser bundle about 80 KB minified
 * (22 KB gzipped) for a schema that uses a dozen checks.
 */
import * as z from "zod/mini";
import { ID_PATTERN, SLUG_PATTERN } from "./patterns.ts";

export { ID_PATTERN, SLUG_PATTERN } from "./patterns.ts";

export const SCHEMA_VERSION = 1;

const count = z.int().check(z.nonnegative());
const positiveInt = z.int().check(z.positive());
const nonEmpty = z.string().check(z.minLength(1));

export const pointSchema = z.object({
  line: positiveInt,
  column: positiveInt,
  offset: count,
});

export const positionSchema = z.object({ start: pointSchema, end: pointSchema });

/** One mention of a person: a span of the text it belongs to. */
export const mentionSchema = z
  .object({ person: nonEmpty, start: count, end: count })
  .check(z.refine((m) => m.end > m.start, "a mention must not be empty"));

export const paragraphSchema = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  mentions: z.array(mentionSchema),
  position: positionSchema,
});

/**
 * A "read also" line, kept where it stands in the flow.
 * `label + title` gives back the source line verbatim; mentions index into `title`.
 */
export const readAlsoBlockSchema = z.object({
  type: z.literal("readAlso"),
  id: nonEmpty,
  label: z.string(),
  title: nonEmpty,
  href: nonEmpty,
  mentions: z.array(mentionSchema),
  position: positionSchema,
});

export const blockSchema = z.discriminatedUnion("type", [paragraphSchema, readAlsoBlockSchema]);

/** The lead has `heading: null`; every other section opens with its sub-heading. */
export const sectionSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN, "a section id must be safe in a URL hash")),
  heading: z.nullable(z.string()),
  /** The heading's source line verbatim, present only when markers ("## ", "**", "* ") were stripped from it. */
  headingSource: z.optional(z.string()),
  headingMentions: z.array(mentionSchema),
  headingPosition: z.nullable(positionSchema),
  blocks: z.array(blockSchema),
});

export const readAlsoSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  href: nonEmpty,
  /** Where the href came from: the sidecar, a matching in-app article, or the library search. */
  hrefSource: z.enum(["sidecar", "article", "search"]),
  sectionId: z.string(),
});

export const personSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  /** The fullest form of the name used in the text, verbatim. */
  name: nonEmpty,
  /** The title phrase the text gives before the first full mention; "" when it gives none. */
  role: z.string(),
  mentions: positiveInt,
});

export const diagnosticSchema = z.object({
  severity: z.enum(["info", "warning", "error"]),
  code: z.string(),
  message: z.string(),
  line: z.nullable(positiveInt),
  /** The source line (or the part of it concerned), verbatim, when one is concerned. */
  text: z.nullable(z.string()),
});

export const articleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  slug: z.string().check(z.regex(SLUG_PATTERN)),
  title: nonEmpty,
  /** The title's source line verbatim, present only when markers or leading spaces were stripped from it. */
  titleSource: z.optional(z.string()),
  titleMentions: z.array(mentionSchema),
  titlePosition: positionSchema,
  /** Base direction taken from the text itself, not assumed. */
  dir: z.enum(["rtl", "ltr"]),
  source: z.object({
    file: z.string(),
    url: z.nullable(z.string()),
    date: z.nullable(z.string()),
  }),
  sections: z.array(sectionSchema).check(z.minLength(1)),
  readAlso: z.array(readAlsoSchema),
  people: z.array(personSchema),
  stats: z.object({ characters: count, words: count, readingMinutes: positiveInt }),
  diagnostics: z.array(diagnosticSchema),
});

export const libraryEntrySchema = z.object({
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  readingMinutes: positiveInt,
  sections: count,
  people: count,
  peopleNames: z.array(z.string()),
});

/** Every article's entry, newest first: what the library's search looks through. */
export const librarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(libraryEntrySchema),
});

/** One page of the library (`articles/pages/<page>.json`): its entries, and where it stands. */
export const libraryPageSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    page: positiveInt,
    pageCount: positiveInt,
    total: count,
    articles: z.array(libraryEntrySchema),
  })
  .check(z.refine((p) => p.page <= p.pageCount, "a page must be one of the library's pages"));

export type Point = z.infer<typeof pointSchema>;
export type Position = z.infer<typeof positionSchema>;
export type PersonMention = z.infer<typeof mentionSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type ReadAlsoBlock = z.infer<typeof readAlsoBlockSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type ReadAlso = z.infer<typeof readAlsoSchema>;
export type Person = z.infer<typeof personSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Library = z.infer<typeof librarySchema>;
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;
export type LibraryPage = z.infer<typeof libraryPageSchema>;
