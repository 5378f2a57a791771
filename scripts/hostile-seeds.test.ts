/**
 * The hostile seeds (fixtures/hostile-* and the large ones scripts/make-hostile-seeds.ts
 * makes): each builds (its time is printed; growth is checked as a ratio below), loses nothing, keeps markup and controls as text, refuses
 * unsafe links, and gives the app sane output (unique section ids, bounded sizes).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../src/article/schema.ts";
import { libraryEntry } from "../src/pipeline/library.ts";
import { recoveredLines, sourceLines } from "../src/testing/nothing-lost.ts";
import { checkInvariants } from "../src/testing/article-checks.ts";
import { parseArticle } from "../src/pipeline/parse-article.ts";
import { createCueRecognizer } from "../src/pipeline/people/cues.ts";
import { parseSidecar } from "../src/pipeline/parse-sidecar.ts";
import { buildArticles, toJson } from "./build-articles.ts";
import {
  allHostileSeeds,
  HOSTILE,
  manyHeadings,
  writeHostileSeeds,
  type HostileSeed,
} from "./make-hostile-seeds.ts";

/** An article's JSON against its source: positions and empty mention lists cost bytes, not multiples. */
const MAX_JSON_PER_SOURCE_BYTE = 8;
const recognizer = createCueRecognizer();
const seeds = allHostileSeeds();
const figures: string[] = [];

function build(seed: HostileSeed): { article: Article; ms: number; jsonBytes: number } {
  const started = performance.now();
  const sidecar = seed.meta === null ? null : parseSidecar(seed.meta, `${seed.name}.meta.json`);
  const article = parseArticle(seed.text, { file: `${seed.name}.txt`, recognizer, sidecar });
  const jsonBytes = Buffer.byteLength(toJson(article));
  return { article, ms: performance.now() - started, jsonBytes };
}

const codes = (article: Article) => article.diagnostics.map((d) => d.code);

afterAll(() =>
  console.log(`hostile seeds (build ms, source bytes → JSON bytes):\n${figures.join("\n")}`),
);

describe("hostile seeds", () => {
  it("cover every kind the issue names", () => {
    expect(seeds.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "hostile-html-script",
        "hostile-html-img-onerror",
        "hostile-read-also-unsafe-urls",
        "hostile-bidi-controls",
        "hostile-combining-marks",
        "hostile-long-line",
        "hostile-long-word",
        `hostile-${HOSTILE.HEADINGS}-headings`,
      ]),
    );
  });

  for (const seed of seeds) {
    it(`${seed.name}: builds, loses nothing, sane for the app`, () => {
      const { article, ms, jsonBytes } = build(seed);
      const sourceBytes = Buffer.byteLength(seed.text);
      figures.push(
        `  ${seed.name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms ${String(sourceBytes).padStart(9)} → ${String(jsonBytes).padStart(9)}`,
      );
      expect(jsonBytes).toBeLessThan(MAX_JSON_PER_SOURCE_BYTE * sourceBytes + 16_384);
      expect(recoveredLines(article)).toEqual(sourceLines(seed.text));
      checkInvariants(article, seed.text);
      const entry = libraryEntry(article);
      expect(entry.title.length).toBeLessThanOrEqual(301);
      expect(entry.excerpt.length).toBeLessThanOrEqual(161);
      for (const section of article.sections) expect(section.id.length).toBeLessThanOrEqual(48);
    });
  }

  it("keeps <script> and <img onerror> as text, and says so", () => {
    for (const name of ["hostile-html-script", "hostile-html-img-onerror"]) {
      const { article } = build(seeds.find((s) => s.name === name) as HostileSeed);
      const text = JSON.stringify(article.sections);
      expect(text).toContain(
        name.endsWith("script") ? "<script>alert(1)</script>" : "<img src=x onerror=alert(1)>",
      );
      expect(codes(article).filter((c) => c === "html-like").length).toBeGreaterThanOrEqual(4);
    }
  });

  it("refuses javascript:, data:, backslash and tab URLs from the sidecar, falling back to the search", () => {
    const { article } = build(
      seeds.find((s) => s.name === "hostile-read-also-unsafe-urls") as HostileSeed,
    );
    expect(article.readAlso.map((r) => r.hrefSource)).toEqual([
      "search",
      "search",
      "search",
      "search",
      "search",
      "sidecar",
    ]);
    expect(article.readAlso.map((r) => r.href).filter((h) => !h.startsWith("/?q="))).toEqual([
      "https://example.com/safe",
    ]);
    expect(codes(article).filter((c) => c === "read-also-url-rejected")).toHaveLength(5);
    expect(article.source.url).toBeNull();
    expect(codes(article)).toContain("source-url-rejected");
  });

  it("keeps bidi controls and reports every line that has them, and the ones left open", () => {
    const { article } = build(seeds.find((s) => s.name === "hostile-bidi-controls") as HostileSeed);
    expect(article.title.startsWith("\u202E")).toBe(true);
    const bidi = article.diagnostics.filter((d) => d.code === "bidi-control");
    expect(bidi.map((d) => d.line)).toEqual([1, 3, 5, 7, 9]);
    expect(bidi.filter((d) => d.message.includes("never closed")).map((d) => d.line)).toEqual([
      1, 3, 7, 9,
    ]);
  });

  it("reports the long line and the 5,000 combining marks, kept whole", () => {
    const long = build(seeds.find((s) => s.name === "hostile-long-line") as HostileSeed).article;
    expect(codes(long)).toContain("long-line");
    const paragraphs = long.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : [])),
    );
    expect(Math.max(...paragraphs.map((p) => p.length))).toBe(HOSTILE.LONG_LINE_CHARS);
    const marks = build(
      seeds.find((s) => s.name === "hostile-combining-marks") as HostileSeed,
    ).article;
    expect(marks.diagnostics.find((d) => d.code === "combining-marks")?.message).toMatch(
      /^5000 combining marks in a row/,
    );
  });

  it("gives 10,000 headings 10,000 sections with unique ids, at a cost that grows linearly", () => {
    const { article } = build(
      seeds.find((s) => s.name === `hostile-${HOSTILE.HEADINGS}-headings`) as HostileSeed,
    );
    expect(article.sections).toHaveLength(HOSTILE.HEADINGS + 1);
    expect(new Set(article.sections.map((s) => s.id)).size).toBe(HOSTILE.HEADINGS + 1);
    expect(
      article.sections
        .filter((s) => s.heading === "ما القصة؟")
        .map((s) => s.id)
        .slice(0, 3),
    ).toEqual(["ma-alqsa", "ma-alqsa-2", "ma-alqsa-3"]);
    // Best of a few runs, so that a busy machine does not decide. Linear: ×10; quadratic: ×100.
    const best = (n: number, runs: number) => {
      const text = manyHeadings(n);
      let min = Infinity;
      for (let k = 0; k < runs; k++) {
        const started = performance.now();
        parseArticle(text, { file: "h.txt", recognizer });
        min = Math.min(min, performance.now() - started);
      }
      return min;
    };
    const small = best(HOSTILE.HEADINGS / 10, 5);
    const large = best(HOSTILE.HEADINGS, 2);
    figures.push(
      `  ${HOSTILE.HEADINGS / 10} headings ${small.toFixed(0)} ms, ${HOSTILE.HEADINGS} headings ${large.toFixed(0)} ms (×${(large / small).toFixed(1)})`,
    );
    expect(large / small).toBeLessThan(40);
  }, 60_000);

  it("builds from the folder make-hostile-seeds writes, as the e2e tests do", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hostile-"));
    try {
      const seedsDir = path.join(dir, "seeds");
      const written = writeHostileSeeds(seedsDir);
      expect(written.filter((n) => n.endsWith(".txt"))).toHaveLength(seeds.length);
      const outDir = path.join(dir, "out");
      const result = await buildArticles({ seedsDir, outDir, recognizer });
      expect(readdirSync(outDir).sort()).toEqual(
        [...seeds.map((s) => `${s.name}.json`), "index.json", "pages"].sort(),
      );
      expect(result.articles.map((a) => a.slug).sort()).toEqual(seeds.map((s) => s.name).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
