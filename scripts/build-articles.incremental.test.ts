import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { articleSchema, type Article } from "../src/article/schema.ts";
import { buildLibrary } from "../src/pipeline/library.ts";
import { buildArticles, toJson, type BuildArticlesOptions } from "./build-articles.ts";
import { SeedError } from "../src/pipeline/seed-error.ts";
import { importGraph } from "./lib/build-cache.ts";
import { parseOnWorkers } from "./lib/parse-pool.ts";

/** Every file under a folder (the library's pages/ included), by relative path, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A seeds folder with three small articles, an output folder and a manifest of their own. */
function library() {
  const dir = mkdtempSync(path.join(tmpdir(), "incremental-"));
  temps.push(dir);
  const seedsDir = path.join(dir, "seeds");
  mkdirSync(seedsDir);
  const seed = (name: string, text: string) => writeFileSync(path.join(seedsDir, name), text);
  seed("a_first.txt", "المقال الأول\n\nنص المقال الأول.\n\nاقرأ أيضاً: أخبار الطقس اليوم\n");
  seed("b_second.txt", "المقال الثاني\n\nنص المقال الثاني.\n");
  seed("c_third.txt", "المقال الثالث\n\nنص المقال الثالث.\n");
  const outDir = path.join(dir, "out");
  const options = (extra: Partial<BuildArticlesOptions> = {}): BuildArticlesOptions => ({
    seedsDir,
    outDir,
    manifestFile: path.join(dir, "manifest.json"),
    pipelineVersion: "v1",
    ...extra,
  });
  const article = (slug: string): Article =>
    articleSchema.parse(JSON.parse(readFileSync(path.join(outDir, `${slug}.json`), "utf8")));
  return { seedsDir, outDir, seed, options, article };
}

describe("an incremental build", () => {
  it("parses nothing when nothing changed, and writes the same bytes", async () => {
    const lib = library();
    const first = await buildArticles(lib.options());
    expect(first.built).toEqual(["a-first", "b-second", "c-third"]);
    const files = filesIn(lib.outDir).map((n) => readFileSync(path.join(lib.outDir, n)));
    const again = await buildArticles(lib.options());
    expect(again).toMatchObject({ built: [], kept: 3, removed: [] });
    expect(filesIn(lib.outDir).map((n) => readFileSync(path.join(lib.outDir, n)))).toEqual(files);
    // index.json, joined from the manifest's entries, is what buildLibrary writes.
    expect(readFileSync(path.join(lib.outDir, "index.json"), "utf8")).toBe(
      toJson(buildLibrary(first.articles)),
    );
  });

  it("parses again a changed seed, and only it", async () => {
    const lib = library();
    await buildArticles(lib.options());
    lib.seed("b_second.txt", "المقال الثاني\n\nنص جديد للمقال الثاني.\n");
    const result = await buildArticles(lib.options());
    expect(result).toMatchObject({ built: ["b-second"], kept: 2 });
    expect(JSON.stringify(lib.article("b-second"))).toContain("نص جديد");
  });

  it("keeps the output of the same seeds built from another folder: it does not name the folder", async () => {
    const lib = library();
    await buildArticles(lib.options());
    const moved = `${lib.seedsDir}-moved`;
    temps.push(moved);
    cpSync(lib.seedsDir, moved, { recursive: true });
    expect(await buildArticles(lib.options({ seedsDir: moved }))).toMatchObject({
      built: [],
      kept: 3,
    });
    const fresh = library();
    await buildArticles(fresh.options({ seedsDir: moved }));
    expect(JSON.stringify(lib.article("a-first"))).toBe(JSON.stringify(fresh.article("a-first")));
  });

  it("parses again a seed whose sidecar changed, appeared or went", async () => {
    const lib = library();
    await buildArticles(lib.options());
    const sidecar = path.join(lib.seedsDir, "c_third.meta.json");
    writeFileSync(sidecar, JSON.stringify({ url: "https://example.com/a" }));
    expect((await buildArticles(lib.options())).built).toEqual(["c-third"]);
    expect(lib.article("c-third").source.url).toBe("https://example.com/a");
    writeFileSync(sidecar, JSON.stringify({ url: "https://example.com/b" }));
    expect((await buildArticles(lib.options())).built).toEqual(["c-third"]);
    expect(lib.article("c-third").source.url).toBe("https://example.com/b");
    rmSync(sidecar);
    expect((await buildArticles(lib.options())).built).toEqual(["c-third"]);
    expect(lib.article("c-third").source.url).toBeNull();
  });

  it("removes the output of a removed seed, from the folder and the index", async () => {
    const lib = library();
    await buildArticles(lib.options());
    rmSync(path.join(lib.seedsDir, "b_second.txt"));
    const result = await buildArticles(lib.options());
    expect(result).toMatchObject({ built: [], kept: 2, removed: ["b-second"] });
    expect(filesIn(lib.outDir)).toEqual([
      "a-first.json",
      "c-third.json",
      "index.json",
      "pages/1.json",
    ]);
    expect(readFileSync(path.join(lib.outDir, "index.json"), "utf8")).not.toContain("b-second");
  });

  it("parses everything again when the pipeline's version changes", async () => {
    const lib = library();
    await buildArticles(lib.options());
    const result = await buildArticles(lib.options({ pipelineVersion: "v2" }));
    expect(result.built).toEqual(["a-first", "b-second", "c-third"]);
  });

  it("parses again an article whose read-also title now names another article, or none", async () => {
    const lib = library();
    await buildArticles(lib.options());
    expect(lib.article("a-first").readAlso[0]?.hrefSource).toBe("search");
    // A new article with the title the read-also line names: the link now goes to it.
    lib.seed("d_weather.txt", "أخبار الطقس اليوم\n\nيكون الطقس مشمساً.\n");
    expect((await buildArticles(lib.options())).built).toEqual(["a-first", "d-weather"]);
    expect(lib.article("a-first").readAlso[0]?.href).toBe("/articles/d-weather");
    // Its title changes: the link goes back to the search.
    lib.seed("d_weather.txt", "طقس الغد\n\nيكون الطقس مشمساً.\n");
    expect((await buildArticles(lib.options())).built).toEqual(["a-first", "d-weather"]);
    expect(lib.article("a-first").readAlso[0]?.hrefSource).toBe("search");
  });

  it("parses again an article whose output file went missing", async () => {
    const lib = library();
    await buildArticles(lib.options());
    rmSync(path.join(lib.outDir, "c-third.json"));
    expect((await buildArticles(lib.options())).built).toEqual(["c-third"]);
  });

  it("writes the same bytes and lines on worker threads as in one process", async () => {
    const here = library();
    const lines: string[] = [];
    await buildArticles(here.options({ workers: 0, log: (l) => lines.push(l) }));
    const workers = library();
    const workerLines: string[] = [];
    await buildArticles(workers.options({ workers: 2, log: (l) => workerLines.push(l) }));
    const read = (dir: string) =>
      filesIn(dir).map((n) => [n, readFileSync(path.join(dir, n), "utf8")]);
    expect(read(workers.outDir)).toEqual(read(here.outDir));
    expect(workerLines.slice(0, 3)).toEqual(lines.slice(0, 3));
  }, 60_000);

  it("reports a broken seed's error from a worker as a SeedError, the first one first", async () => {
    const lib = library();
    lib.seed("b_second.txt", "  \n");
    lib.seed("c_third.txt", "\u0000");
    const parsed: string[] = [];
    const run = parseOnWorkers(
      ["a_first.txt", "b_second.txt", "c_third.txt"],
      { seedsDir: lib.seedsDir, known: [], workers: 2 },
      async (p) => void parsed.push(p.slug),
    );
    await expect(run).rejects.toThrow(/b_second\.txt:1: whitespace-only file/);
    await expect(run).rejects.toBeInstanceOf(SeedError);
    expect(parsed).toEqual(["a-first"]);
  }, 60_000);
});

describe("the pipeline's version", () => {
  it("follows the build's imports into the pipeline and the worker", () => {
    const files = importGraph([path.join(import.meta.dirname, "build-articles.ts")]).map((f) =>
      path.relative(path.join(import.meta.dirname, ".."), f),
    );
    expect(files).toContain("scripts/lib/parse-worker.ts");
    expect(files).toContain("src/pipeline/read-also.ts");
    expect(files).toContain("src/text/fold.ts");
    expect(files).toContain("src/article/schema.ts");
  });
});
