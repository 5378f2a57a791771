/**
 * The benchmark's inputs: the made articles are what the benchmark says they are, the same
 * on every run.
 */
import { describe, expect, it } from "vitest";
import {
  makeArticles,
  makeLongArticle,
  MAKE,
  mulberry32,
  parseArgs,
  seedMaterial,
} from "./make-articles.ts";
import { parseArticle } from "../src/pipeline/parse-article.ts";
import { createCueRecognizer } from "../src/pipeline/people/cues.ts";

describe("bench/make-articles", () => {
  const material = seedMaterial();

  it("takes the seed's sub-headings and sentences, not its boilerplate or read-also line", () => {
    expect(material.headings).toHaveLength(5);
    expect(material.sentences.length).toBeGreaterThanOrEqual(10);
    expect(
      [...material.headings, ...material.sentences].some(
        (l) => l.startsWith("اقرأ") || l.startsWith("تخطى"),
      ),
    ).toBe(false);
  });

  it("makes the long article: 200 sections and 50,000 words, the same every time", () => {
    const long = makeLongArticle(1, material);
    expect(makeLongArticle(1, material).text).toBe(long.text);
    const article = parseArticle(long.text, { file: long.file, recognizer: createCueRecognizer() });
    expect(article.sections.filter((s) => s.heading !== null)).toHaveLength(MAKE.LONG_SECTIONS);
    expect(Math.abs(article.stats.words - MAKE.LONG_WORDS)).toBeLessThan(MAKE.LONG_WORDS * 0.01);
    expect(new Set(article.sections.map((s) => s.id)).size).toBe(article.sections.length);
  });

  it("makes ordinary articles deterministically from a seeded PRNG", () => {
    expect(mulberry32(1)()).toBe(mulberry32(1)());
    const a = makeArticles(20, 7, material);
    expect(makeArticles(20, 7, material)).toEqual(a);
    expect(makeArticles(20, 8, material)).not.toEqual(a);
    expect(new Set(a.map((x) => x.file)).size).toBe(20);
    for (const x of a) expect(x.words).toBeGreaterThanOrEqual(MAKE.WORDS[0]);
  });

  it("reads its command line", () => {
    expect(parseArgs(["--out", "d", "--count", "3", "--long"])).toEqual({
      outDir: "d",
      count: 3,
      long: true,
    });
    expect(() => parseArgs(["--out", "d"])).toThrow(/usage/);
  });
});
