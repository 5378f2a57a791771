/**
 * The library index split into pages of LIBRARY_PAGE_SIZE entries: the files the library's
 * pages read, so that a page never loads more than its own entries.
 *
 *   libraryPageFiles({ articles: [45 entries] }) → [["pages/1.json", { page: 1, pageCount: 3,
 *                                                    total: 45, articles: [20 entries] }], …]
 */
import { SCHEMA_VERSION, type Library, type LibraryPage } from "../article/schema.ts";
import { LIBRARY_PAGE_SIZE, pageCountFor, pageSlice } from "../article/paging.ts";

/** A page's file, relative to the articles' folder. */
export function libraryPageFile(page: number): string {
  return `pages/${page}.json`;
}

/** Every page, in order; an empty library has one empty page, so "/" always has its data. */
export function libraryPages(library: Library, size: number = LIBRARY_PAGE_SIZE): LibraryPage[] {
  const total = library.articles.length;
  const pageCount = pageCountFor(total, size);
  return Array.from({ length: pageCount }, (_, i) => ({
    schemaVersion: SCHEMA_VERSION,
    page: i + 1,
    pageCount,
    total,
    articles: pageSlice(library.articles, i + 1, size),
  }));
}

export function libraryPageFiles(library: Library): [string, LibraryPage][] {
  return libraryPages(library).map((page) => [libraryPageFile(page.page), page]);
}
