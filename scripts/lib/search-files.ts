/**
 * Reads a built site's articles and writes its search files beside them:
 * `<site>/articles/index.json` and `<site>/articles/<slug>.json` in, `<site>/search/` out.
 * Used by the build step (scripts/build-search.ts) and by the dev server (vite/search-plugin.ts).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { articleSchema, librarySchema } from "../../src/article/schema.ts";
import { SEARCH_FORMAT, type SearchDoc } from "../../src/lib/search/search-format.ts";
import {
  buildSearchIndex,
  searchDoc,
  type SearchIndexOptions,
} from "../../src/lib/search/build-index.ts";

/** The articles' search documents, in the library's order (one article in memory at a time). */
export async function readSearchDocs(articlesDir: string): Promise<SearchDoc[]> {
  const library = librarySchema.parse(
    JSON.parse(await readFile(path.join(articlesDir, "index.json"), "utf8")),
  );
  const docs: SearchDoc[] = [];
  for (const entry of library.articles) {
    const json: unknown = JSON.parse(
      await readFile(path.join(articlesDir, `${entry.slug}.json`), "utf8"),
    );
    docs.push(searchDoc(articleSchema.parse(json)));
  }
  return docs;
}

/** Builds the index in memory: relative path → contents. */
export async function searchFiles(
  articlesDir: string,
  options?: SearchIndexOptions,
): Promise<Map<string, string>> {
  return buildSearchIndex(await readSearchDocs(articlesDir), options);
}

/** Replaces `<siteDir>/search/` with a fresh index; returns how many files it wrote. */
export async function writeSearchFiles(
  siteDir: string,
  options?: SearchIndexOptions,
): Promise<{ files: number; bytes: number }> {
  const files = await searchFiles(path.join(siteDir, "articles"), options);
  await rm(path.join(siteDir, SEARCH_FORMAT.DIR), { recursive: true, force: true });
  const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(siteDir, file))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const [file, contents] of files) {
    await writeFile(path.join(siteDir, file), contents, "utf8");
    bytes += Buffer.byteLength(contents);
  }
  return { files: files.size, bytes };
}
