/**
 * The library index (`index.json`): one short entry per article, newest first
 * (library-order.ts). The search looks through it; the library's pages are split from it
 * (library-pages.ts).
 *
 *   libraryEntry(article) → { slug, title, excerpt: "بعد أنّ اعترف وزير …", readingMinutes: 3,
 *                             sections: 5, people: 6, peopleNames: ["سيرغي لافروف", …] }
 */
import {
  SCHEMA_VERSION,
  type Article,
  type Library,
  type LibraryEntry,
} from "../article/schema.ts";
import { sortForLibrary } from "./library-order.ts";

export const LIBRARY = {
  EXCERPT_CHARS: 160,
  /** The list shows titles whole up to this length; a longer one (a page glued into one line) is cut, so index.json stays small. */
  TITLE_CHARS: 300,
  ELLIPSIS: "…",
  SPACES: /\s+/g,
} as const;

/** Cuts at the last space before `max` characters and adds "…": ("كلمة كلمة كلمة", 11) → "كلمة كلمة…" */
export function cutAtWord(text: string, max: number = LIBRARY.EXCERPT_CHARS): string {
  const flat = text.replace(LIBRARY.SPACES, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : flat.slice(0, max)).trimEnd()}${LIBRARY.ELLIPSIS}`;
}

/** The lead's paragraphs (or, with no lead, the first paragraphs anywhere), cut to ~160 characters. */
export function excerpt(article: Article): string {
  const paragraphs = (sections: Article["sections"]) =>
    sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : [])));
  const lead = article.sections.filter((s) => s.heading === null);
  const text = paragraphs(lead).join(" ") || paragraphs(article.sections).join(" ");
  return cutAtWord(text);
}

export function libraryEntry(article: Article): LibraryEntry {
  return {
    slug: article.slug,
    title:
      article.title.length <= LIBRARY.TITLE_CHARS
        ? article.title
        : cutAtWord(article.title, LIBRARY.TITLE_CHARS),
    excerpt: excerpt(article),
    readingMinutes: article.stats.readingMinutes,
    // Sub-headed sections: the lead is not counted.
    sections: article.sections.filter((s) => s.heading !== null).length,
    people: article.people.length,
    peopleNames: article.people.map((p) => p.name),
  };
}

export function buildLibrary(articles: readonly Article[]): Library {
  return { schemaVersion: SCHEMA_VERSION, articles: sortForLibrary(articles).map(libraryEntry) };
}
