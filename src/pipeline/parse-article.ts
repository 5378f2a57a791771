/**
 * One article's text → a validated `Article`. The one entry point of the pipeline:
 * pure (no DOM, no Node APIs), so the build, the tests and the browser run the same code.
 *
 *   parseArticle("تخطى إلى المحتوى\n\nعنوان\n\nمقدمة.\n", { file: "a.txt", recognizer })
 *     → { slug: "a", title: "عنوان", sections: [{ id: "lead", heading: null, blocks: [p "مقدمة."] }],
 *         diagnostics: [{ code: "dropped-boilerplate", line: 1, text: "تخطى إلى المحتوى" }], … }
 *
 * Steps, each in its own module: clean (clean.ts) → inspect (inspect.ts) → structure
 * (structure.ts) → ids (ids.ts) → read-also links (read-also.ts) → people (people.ts)
 * → direction and stats (text-stats.ts) → schema check. Anything unusable throws a
 * `SeedError` naming the file and the line.
 */
import {
  articleSchema,
  SCHEMA_VERSION,
  type Article,
  type Block,
  type Diagnostic,
  type PersonMention,
  type Position,
  type ReadAlso,
  type Section,
} from "../article/schema.ts";
import { assertText, cleanSource, normalizeText } from "./clean.ts";
import { IdRegistry, sectionId, slugify } from "./ids.ts";
import { inspectLines } from "./inspect.ts";
import { findPeople } from "./people.ts";
import type { PersonRecognizer, TextUnit } from "./people/recognizer.ts";
import { KnownArticleIndex, ReadAlsoLinker, type KnownArticle } from "./read-also.ts";
import { SeedError } from "./seed-error.ts";
import { unsafeUrlReason, type Sidecar } from "./sidecar.ts";
import { buildStructure, type RawBlock, type RawSection, type Span } from "./structure.ts";
import { detectDir, readingStats } from "./text-stats.ts";

// What a build hands to every parse, so the build imports the pipeline from its entry point.
export { KnownArticleIndex, type KnownArticle };

export const PARSE = {
  LEAD_ID: "lead",
  READ_ALSO_ID: "read-also",
  FALLBACK_SLUG: "article",
  /** "seeds/000_x.txt" → "000_x.txt" */
  BASENAME: /[^/\\]*$/,
  /** "000_x.txt" → "000_x"; "a.meta.json" is not a seed but gets "a" */
  EXTENSION: /(?:\.meta)?\.[A-Za-z0-9]+$/,
} as const;

export interface ParseArticleOptions {
  /** The seed's path as the user knows it: named in errors; its base name goes into `source.file`. */
  file: string;
  /** Finds people; the pipeline never knows how (see people/recognizer.ts). */
  recognizer: PersonRecognizer;
  /** The parsed `<name>.meta.json`, if there is one. */
  sidecar?: Sidecar | null;
  /** The app's articles, so a read-also title can link to one of them (an index when parsing many). */
  knownArticles?: readonly KnownArticle[] | KnownArticleIndex;
}

/** "seeds/000_ba3d84ed962b3426.txt" → "000-ba3d84ed962b3426"; "؟.txt" → "article" */
export function slugFromFile(file: string): string {
  const base = (PARSE.BASENAME.exec(file)?.[0] ?? file).replace(PARSE.EXTENSION, "");
  return slugify(base) || PARSE.FALLBACK_SLUG;
}

/** The slug an article gets: the sidecar's, else one derived from the file name. */
export function articleSlug(file: string, sidecar?: Sidecar | null): string {
  return sidecar?.slug ?? slugFromFile(file);
}

/** A span on one line → a unist position. ({ line: 3, lineOffset: 10, before: "# ", text: "ab" }) → 3:3-3:5, offsets 12–14 */
function spanPosition(span: Span): Position {
  const column = span.before.length + 1;
  const offset = span.lineOffset + span.before.length;
  return {
    start: { line: span.line, column, offset },
    end: { line: span.line, column: column + span.text.length, offset: offset + span.text.length },
  };
}

/** The verbatim source line, only when it differs from the text (markers stripped). */
function sourceLine(span: Span): string | undefined {
  return span.before === "" && span.after === "" ? undefined : span.before + span.text + span.after;
}

interface Keyed {
  key: string;
  text: string;
}

/** Reading-order texts for the recognizer: title "t", headings "h<s>", blocks "b<s>.<b>". */
function textUnits(title: Span, sections: readonly RawSection[]): Keyed[] {
  const units: Keyed[] = [{ key: "t", text: title.text }];
  sections.forEach((section, s) => {
    if (section.heading) units.push({ key: `h${s}`, text: section.heading.text });
    section.blocks.forEach((block, b) =>
      units.push({
        key: `b${s}.${b}`,
        text: block.type === "paragraph" ? block.span.text : block.title,
      }),
    );
  });
  return units;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

/** Normalised text, or a SeedError for text that is empty, blank or binary. "\uFEFFa\r\n" → "a\n" */
function usableText(
  source: string,
  file: string,
): { normalized: string; diagnostics: Diagnostic[] } {
  const normalized = normalizeText(source);
  if (normalized.length === 0) throw new SeedError(file, null, "empty file: no text at all");
  const diagnostics = assertText(normalized, file);
  if (normalized.trim() === "")
    throw new SeedError(file, null, "whitespace-only file: no text at all");
  return { normalized, diagnostics };
}

export function parseArticle(source: string, options: ParseArticleOptions): Article {
  const { file, recognizer } = options;
  const sidecar = options.sidecar ?? null;
  const usable = usableText(source, file);
  const normalized = usable.normalized;
  const diagnostics: Diagnostic[] = [...usable.diagnostics];

  const cleaned = cleanSource(normalized);
  diagnostics.push(...cleaned.diagnostics, ...inspectLines(cleaned.lines, normalized.length));
  const structure = buildStructure(cleaned.lines, file);
  const rawSections = structure.sections.filter(
    (s, i) => !(i === 0 && s.blocks.length === 0 && structure.sections.length > 1),
  );

  // Ids: sections first (in order), then read-also items, all unique within the article.
  const ids = new IdRegistry();
  const sectionIds = rawSections.map((s, i) =>
    s.heading
      ? ids.take(sectionId(s.heading.text), `section-${i}`)
      : ids.take(PARSE.LEAD_ID, PARSE.LEAD_ID),
  );

  const slug = articleSlug(file, sidecar);
  const readAlsoLinker = new ReadAlsoLinker({
    slug,
    sidecar,
    knownArticles: options.knownArticles,
  });
  diagnostics.push(...readAlsoLinker.refused);

  const people = findPeople(
    textUnits(structure.title, rawSections) satisfies TextUnit[],
    recognizer,
    sidecar,
  );
  diagnostics.push(...people.diagnostics);
  const mentionsOf = (key: string): PersonMention[] => people.mentions.get(key) ?? [];

  const readAlso: ReadAlso[] = [];
  const toBlock = (raw: RawBlock, key: string, sectionIdValue: string): Block => {
    if (raw.type === "paragraph") {
      return {
        type: "paragraph",
        text: raw.span.text,
        mentions: mentionsOf(key),
        position: spanPosition(raw.span),
      };
    }
    const id = ids.take(`${PARSE.READ_ALSO_ID}-${readAlso.length + 1}`, PARSE.READ_ALSO_ID);
    const { href, hrefSource } = readAlsoLinker.link(raw.title);
    readAlso.push({ id, title: raw.title, href, hrefSource, sectionId: sectionIdValue });
    const endOffset = raw.titleLineOffset + raw.titleColumn + raw.title.length;
    const position: Position = {
      start: { line: raw.span.line, column: 1, offset: raw.span.lineOffset },
      end: {
        line: raw.titleLine,
        column: raw.titleColumn + raw.title.length + 1,
        offset: endOffset,
      },
    };
    return {
      type: "readAlso",
      id,
      label: raw.label,
      title: raw.title,
      href,
      mentions: mentionsOf(key),
      position,
    };
  };

  const sections: Section[] = rawSections.map((raw, s) => {
    const id = sectionIds[s] ?? PARSE.LEAD_ID;
    const headingSource = raw.heading ? sourceLine(raw.heading) : undefined;
    return {
      id,
      heading: raw.heading?.text ?? null,
      ...(headingSource === undefined ? {} : { headingSource }),
      headingMentions: raw.heading ? mentionsOf(`h${s}`) : [],
      headingPosition: raw.heading ? spanPosition(raw.heading) : null,
      blocks: raw.blocks.map((block, b) => toBlock(block, `b${s}.${b}`, id)),
    };
  });
  diagnostics.push(...readAlsoLinker.unused());

  const texts = [structure.title.text];
  for (const section of sections) {
    if (section.heading !== null) texts.push(section.heading);
    for (const block of section.blocks)
      texts.push(block.type === "paragraph" ? block.text : block.label + block.title);
  }

  const sourceUrl = sidecar?.url?.trim() ?? null;
  const urlProblem = sourceUrl === null ? null : unsafeUrlReason(sourceUrl);
  if (urlProblem)
    diagnostics.push({
      severity: "warning",
      code: "source-url-rejected",
      message: `sidecar url rejected: ${urlProblem}`,
      line: null,
      text: sourceUrl,
    });

  const titleSource = sourceLine(structure.title);
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    slug,
    title: structure.title.text,
    ...(titleSource === undefined ? {} : { titleSource }),
    titleMentions: mentionsOf("t"),
    titlePosition: spanPosition(structure.title),
    dir: detectDir(texts),
    source: {
      file: PARSE.BASENAME.exec(file)?.[0] ?? file,
      url: urlProblem ? null : sourceUrl,
      date: sidecar?.date ?? null,
    },
    sections,
    readAlso,
    people: people.people,
    stats: readingStats(texts),
    diagnostics: sortDiagnostics(diagnostics),
  };
  const checked = articleSchema.safeParse(article);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SeedError(
      file,
      null,
      `internal error: the article fails its schema at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}`,
    );
  }
  return checked.data;
}

/**
 * Only the title, cheaply: what other articles need to link to this one.
 *   readTitle("تخطى إلى المحتوى\n\nعنوان\n\nنص.", "a.txt") → "عنوان"
 */
export function readTitle(source: string, file: string): string {
  return buildStructure(cleanSource(usableText(source, file).normalized).lines.slice(0, 1), file)
    .title.text;
}
