/**
 * Reads a built site's articles and writes its search files beside them:
 * `<site>/articles/index.json` and `<site>/articles/<slug>.json` in, `<site>/search/` out.
 * Used by the build step (scripts/build-search.ts) and by the dev server (vite/search-plugin.ts).
 */
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { articleSchema, librarySchema } from "../../src/article/schema.ts";
import { SEARCH_FORMAT, type SearchDoc } from "../../src/lib/search/search-format.ts";
import {
  buildSearchIndex,
  searchDoc,
  writeSearchIndex,
  type SearchIndexOptions,
  type SearchIndexStore,
} from "../../src/lib/search/build-index.ts";

/** The articles of a built site, in the library's order: how many, and each read when its turn comes. */
export function readSearchDocs(articlesDir: string): { count: number; docs: Iterable<SearchDoc> } {
  const library = librarySchema.parse(
    JSON.parse(readFileSync(path.join(articlesDir, "index.json"), "utf8")),
  );
  function* docs(): Generator<SearchDoc> {
    for (const entry of library.articles) {
      const json: unknown = JSON.parse(
        readFileSync(path.join(articlesDir, `${entry.slug}.json`), "utf8"),
      );
      yield searchDoc(articleSchema.parse(json));
    }
  }
  return { count: library.articles.length, docs: docs() };
}

/** Builds the index in memory: relative path → contents. */
export function searchFiles(
  articlesDir: string,
  options?: SearchIndexOptions,
): Map<string, string> {
  const { count, docs } = readSearchDocs(articlesDir);
  return buildSearchIndex(docs, { ...options, docCount: count });
}

/**
 * A store on disk: the new index fills a folder beside the one readers use, its postings
 * wait in another, and only a finished index replaces the old one, meta.json last.
 */
function diskSearchStore(searchDir: string): SearchIndexStore & { files: number; bytes: number } {
  const building = path.join(searchDir, ".building");
  const postings = path.join(searchDir, ".postings");
  for (const dir of [building, postings]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const partitionFile = (partition: number) => path.join(postings, `p${partition}.txt`);
  const store = {
    files: 0,
    bytes: 0,
    write(name: string, contents: string) {
      writeFileSync(path.join(building, name), contents, "utf8");
      store.files += 1;
      store.bytes += Buffer.byteLength(contents);
    },
    append: (partition: number, lines: string) =>
      appendFileSync(partitionFile(partition), lines, "utf8"),
    read(partition: number) {
      try {
        return readFileSync(partitionFile(partition), "utf8");
      } catch (error) {
        // A partition no key fell in was never written.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
        throw error;
      }
    },
    commit(id: string, meta: string) {
      rmSync(postings, { recursive: true, force: true });
      for (const entry of readdirSync(searchDir))
        if (entry !== ".building") rmSync(path.join(searchDir, entry), { recursive: true });
      renameSync(building, path.join(searchDir, id));
      writeFileSync(path.join(searchDir, "meta.json"), meta, "utf8");
      store.files += 1;
      store.bytes += Buffer.byteLength(meta);
    },
  };
  return store;
}

/** Replaces `<siteDir>/search/` with a fresh index; returns how many files it wrote. */
export function writeSearchFiles(
  siteDir: string,
  options?: SearchIndexOptions,
): { files: number; bytes: number } {
  const { count, docs } = readSearchDocs(path.join(siteDir, "articles"));
  const store = diskSearchStore(path.join(siteDir, SEARCH_FORMAT.DIR));
  writeSearchIndex(docs, store, { ...options, docCount: count });
  return { files: store.files, bytes: store.bytes };
}
