/**
 * The article JSON contract, shared by the build-time pipeline (before it writes)
 * and the app (after it fetches). One schema, one source of truth.
 *
 * Offsets are UTF-16 code units (what JavaScript strings index by), end exclusive.
 * Positions are unist-style: line and column are 1-based, offset 0-based, and they
 * point into the seed file as read (after BOM removal and line-ending normalisation).
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1;

const count = z.number().int().nonnegative();

export const pointSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: count,
});

export const positionSchema = z.object({ start: pointSchema, end: pointSchema });

/** One mention of a person: a span of the text it belongs to. */
export const mentionSchema = z
  .object({ person: z.string().min(1), start: count, end: count })
  .refine((m) => m.end > m.start, "a mention must not be empty");

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
  id: z.string().min(1),
  label: z.string(),
  title: z.string().min(1),
  href: z.string().min(1),
  mentions: z.array(mentionSchema),
  position: positionSchema,
});

export const blockSchema = z.discriminatedUnion("type", [paragraphSchema, readAlsoBlockSchema]);

/** The lead has `heading: null`; every other section opens with its sub-heading. */
export const sectionSchema = z.object({
  id: z.string().regex(/^[A-Za-z][\w-]*$/, "a section id must be safe in a URL hash"),
  heading: z.string().nullable(),
  /** The heading's source line verbatim, present only when markers ("## ", "**", "* ") were stripped from it. */
  headingSource: z.string().optional(),
  headingMentions: z.array(mentionSchema),
  headingPosition: positionSchema.nullable(),
  blocks: z.array(blockSchema),
});

export const readAlsoSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  href: z.string().min(1),
  /** Where the href came from: the sidecar, a matching in-app article, or the library search. */
  hrefSource: z.enum(["sidecar", "article", "search"]),
  sectionId: z.string(),
});

export const personSchema = z.object({
  id: z.string().regex(/^[A-Za-z][\w-]*$/),
  /** The fullest form of the name used in the text, verbatim. */
  name: z.string().min(1),
  /** The title phrase the text gives before the first full mention; "" when it gives none. */
  role: z.string(),
  mentions: z.number().int().positive(),
});

export const diagnosticSchema = z.object({
  severity: z.enum(["info", "warning", "error"]),
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().nullable(),
  /** The source line (or the part of it concerned), verbatim, when one is concerned. */
  text: z.string().nullable(),
});

export const articleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** The title's source line verbatim, present only when markers or leading spaces were stripped from it. */
  titleSource: z.string().optional(),
  titleMentions: z.array(mentionSchema),
  titlePosition: positionSchema,
  /** Base direction taken from the text itself, not assumed. */
  dir: z.enum(["rtl", "ltr"]),
  source: z.object({
    file: z.string(),
    url: z.string().nullable(),
    date: z.string().nullable(),
  }),
  sections: z.array(sectionSchema).min(1),
  readAlso: z.array(readAlsoSchema),
  people: z.array(personSchema),
  stats: z.object({ characters: count, words: count, readingMinutes: z.number().int().positive() }),
  diagnostics: z.array(diagnosticSchema),
});

export const librarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      excerpt: z.string(),
      readingMinutes: z.number().int().positive(),
      sections: count,
      people: count,
      peopleNames: z.array(z.string()),
    }),
  ),
});

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
export type LibraryEntry = Library["articles"][number];
