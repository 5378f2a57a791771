/**
 * The library's prerendered pages: "/" (dist/index.html) is page 1, "/page/<n>"
 * (dist/page/<n>.html, which a static host and `vite preview` serve at /page/<n>) page n.
 * Each is rendered from its own pages/<n>.json alone, so its HTML does not grow with the
 * library, and names its neighbours with <link rel="prev"/"next"> in <head>.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { libraryPageSchema, type LibraryPage } from "../../src/article/schema.ts";
import { libraryPagePath } from "../../src/app/library-paths.ts";
import { libraryPageFile } from "../../src/pipeline/library-pages.ts";

export interface LibraryPageTarget {
  url: string;
  /** The file under dist/. */
  file: string;
  links: { rel: "prev" | "next"; href: string }[];
}

/** Where page `page` of `pageCount` is written, and the <link>s its head carries. */
export function libraryPageTarget(page: number, pageCount: number): LibraryPageTarget {
  const url = libraryPagePath(page);
  const links: LibraryPageTarget["links"] = [];
  if (page > 1) links.push({ rel: "prev", href: libraryPagePath(page - 1) });
  if (page < pageCount) links.push({ rel: "next", href: libraryPagePath(page + 1) });
  return { url, file: page === 1 ? "index.html" : `${url.slice(1)}.html`, links };
}

/** Reads page `page` (1-based) from the built articles folder, checked against the schema. */
export function readLibraryPage(articlesDir: string, page: number): LibraryPage {
  const file = path.join(articlesDir, libraryPageFile(page));
  if (!existsSync(file))
    throw new Error(`prerender: ${file} is missing; the build copies public/articles into it`);
  const parsed = libraryPageSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  if (parsed.page !== page) throw new Error(`prerender: ${file} holds page ${parsed.page}`);
  return parsed;
}

/** Every page, one at a time: only one page's entries are in memory at once. */
export function* libraryPagesIn(articlesDir: string): Generator<LibraryPage> {
  const first = readLibraryPage(articlesDir, 1);
  yield first;
  for (let page = 2; page <= first.pageCount; page++) yield readLibraryPage(articlesDir, page);
}
