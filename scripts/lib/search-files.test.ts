import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sampleArticle } from "../../src/testing/sample-article.ts";
import { sampleLibrary } from "../../src/testing/sample-library.ts";
import { searchFiles, writeSearchFiles } from "./search-files.ts";

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

/** A built site's articles: `count` copies of the sample article under their own slugs. */
function siteWith(count: number): string {
  const site = mkdtempSync(path.join(tmpdir(), "search-files-"));
  sites.push(site);
  writeArticles(site, count);
  return site;
}

function writeArticles(site: string, count: number): void {
  const dir = path.join(site, "articles");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [entry] = sampleLibrary.articles;
  if (!entry) throw new Error("the sample library has no article");
  const slugs = Array.from({ length: count }, (_, i) => `article-${i}`);
  const library = { ...sampleLibrary, articles: slugs.map((slug) => ({ ...entry, slug })) };
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(library));
  for (const slug of slugs)
    writeFileSync(path.join(dir, `${slug}.json`), JSON.stringify({ ...sampleArticle, slug }));
}

/** Every file under `dir`, relative to it, with its contents. */
function filesUnder(dir: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory())
      for (const [name, body] of filesUnder(path.join(dir, entry.name), `${rel}/`))
        files.set(name, body);
    else files.set(rel, readFileSync(path.join(dir, entry.name), "utf8"));
  }
  return files;
}

describe("the search files on disk", () => {
  it("are the index built in memory, with nothing of the build's own left beside them", () => {
    const site = siteWith(5);
    const written = writeSearchFiles(site, { docsPerPartition: 2 });
    const onDisk = filesUnder(site);
    for (const name of onDisk.keys()) if (name.startsWith("articles/")) onDisk.delete(name);
    const inMemory = searchFiles(path.join(site, "articles"), { docsPerPartition: 2 });
    expect(onDisk).toEqual(inMemory);
    expect(written.files).toBe(inMemory.size);
    expect(readdirSync(path.join(site, "search")).sort()).toHaveLength(2);
  });

  it("replace the index of an earlier build, whose files a page no longer asks for", () => {
    const site = siteWith(3);
    writeSearchFiles(site);
    const before = readdirSync(path.join(site, "search"));
    writeArticles(site, 4);
    writeSearchFiles(site);
    const after = readdirSync(path.join(site, "search"));
    expect(after).toHaveLength(2);
    expect(after).toContain("meta.json");
    expect(after.filter((name) => before.includes(name))).toEqual(["meta.json"]);
    const meta = JSON.parse(readFileSync(path.join(site, "search", "meta.json"), "utf8"));
    expect(meta).toMatchObject({ docs: 4 });
  });
});
