/**
 * The library's own files, from every article's library entry: `index.json` (every entry,
 * which the prerender and the search index read) and `pages/<n>.json` (what the library's
 * pages show), in library order: newest first.
 */
import { SCHEMA_VERSION, type Library, type LibraryEntry } from "../../src/article/schema.ts";
import { libraryPageFiles } from "../../src/pipeline/library-pages.ts";
import { sortForLibrary } from "../../src/pipeline/library-order.ts";
import { toJson } from "./parse-seed.ts";

/** One article as the library knows it: its entry (as JSON) and what orders it. */
export interface LibraryItem {
  slug: string;
  /** The seed's file: its time, then its name, order the articles that carry no date. */
  file: string;
  date: string | null;
  /** Its library entry, as JSON. */
  entry: string;
}

/** [file name, contents] for each of the library's files. */
export function* libraryFiles(items: readonly LibraryItem[]): Generator<[string, string]> {
  const ordered = sortForLibrary(
    items.map((item) => ({
      slug: item.slug,
      source: { file: item.file, date: item.date },
      entry: item.entry,
    })),
  );
  const entries = ordered.map((item) => item.entry);
  // Joined from the entries' own JSON: one string per article, never a second tree of them.
  yield [
    "index.json",
    `{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"articles":[${entries.join(",")}]}\n`,
  ];
  const library: Library = {
    schemaVersion: SCHEMA_VERSION,
    articles: entries.map((entry) => JSON.parse(entry) as LibraryEntry),
  };
  for (const [name, page] of libraryPageFiles(library)) yield [name, toJson(page)];
}
