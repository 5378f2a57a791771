import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prerenderArticles, type PrerenderArticlesOptions } from "./prerender-articles.ts";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An output folder with two article JSON files, and a render that records what it renders. */
function site() {
  const dir = mkdtempSync(path.join(tmpdir(), "prerender-articles-"));
  temps.push(dir);
  const outDir = path.join(dir, "dist");
  mkdirSync(path.join(outDir, "articles"), { recursive: true });
  const json = (slug: string, text: string) =>
    writeFileSync(path.join(outDir, "articles", `${slug}.json`), text);
  json("a", '{"a":1}');
  json("b", '{"b":1}');
  const rendered: string[] = [];
  const run = (extra: Partial<PrerenderArticlesOptions> = {}) =>
    prerenderArticles({
      root: dir,
      outDir,
      version: "v1",
      slugs: ["a", "b"],
      excerpts: new Map([
        ["a", "وصف أ"],
        ["b", "وصف ب"],
      ]),
      render: async (slug, text) => {
        rendered.push(slug);
        return {
          url: `/articles/${slug}`,
          file: `articles/${slug}.html`,
          html: `<p>${text}</p>`,
          policy: `policy ${slug}`,
        };
      },
      ...extra,
    });
  const page = (slug: string) =>
    readFileSync(path.join(outDir, "articles", `${slug}.html`), "utf8");
  return { outDir, json, rendered, run, page };
}

describe("prerenderArticles", () => {
  it("renders each page once, then takes unchanged ones from the cache with their policy", async () => {
    const s = site();
    expect((await s.run()).rendered).toBe(2);
    // dist/ is emptied by `vite build` between builds.
    rmSync(path.join(s.outDir, "articles", "a.html"));
    const again = await s.run();
    expect(again).toMatchObject({ rendered: 0, kept: 2 });
    expect(again.pages.map((p) => p.policy)).toEqual(["policy a", "policy b"]);
    expect(s.rendered).toEqual(["a", "b"]);
    expect(s.page("a")).toBe('<p>{"a":1}</p>');
  });

  it("renders again a page whose JSON or description changed", async () => {
    const s = site();
    await s.run();
    s.json("a", '{"a":2}');
    expect((await s.run()).rendered).toBe(1);
    expect(s.page("a")).toBe('<p>{"a":2}</p>');
    await s.run({ excerpts: new Map([["b", "وصف جديد"]]) });
    expect(s.rendered).toEqual(["a", "b", "a", "a", "b"]);
  });

  it("renders everything again when the prerender's version changes", async () => {
    const s = site();
    await s.run();
    expect((await s.run({ version: "v2" })).rendered).toBe(2);
  });

  it("removes the page of an article that is gone", async () => {
    const s = site();
    await s.run();
    const result = await s.run({ slugs: ["a"] });
    expect(result.pages.map((p) => p.file)).toEqual(["articles/a.html"]);
    expect(existsSync(path.join(s.outDir, "articles", "b.html"))).toBe(false);
  });
});
