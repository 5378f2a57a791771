import { describe, expect, it } from "vitest";
import type { Article, Block, Section } from "../../../article/schema";
import { sampleArticle } from "../../../testing/sample-article";
import { blockOffsets, sliceArticle, sliceEnd } from "./progressive";

const paragraph = (text: string): Block => ({
  type: "paragraph",
  text,
  mentions: [],
  position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
});

function articleOf(sizes: number[][]): Article {
  const sections: Section[] = sizes.map((blocks, s) => ({
    id: s === 0 ? "lead" : `s${s}`,
    heading: s === 0 ? null : `قسم ${s}`,
    headingMentions: [],
    headingPosition: null,
    blocks: blocks.map((chars) => paragraph("ن".repeat(chars))),
  }));
  return { ...sampleArticle, sections };
}

const blocksIn = (article: Article) => article.sections.reduce((n, s) => n + s.blocks.length, 0);

describe("blockOffsets and sliceEnd", () => {
  const article = articleOf([[500, 500], [100], [], [2000, 10, 10], [300]]);
  const offsets = blockOffsets(article);

  it("counts each block's text, a heading with its section's first block", () => {
    // "قسم 1" and "قسم 3" are 5 characters each; the empty section's heading counts with the next block.
    expect(offsets).toEqual([500, 1000, 1105, 3115, 3125, 3135, 3440]);
  });

  it("adds about the asked characters, at least one block, and ends with every block", () => {
    expect(sliceEnd(offsets, 0, 600)).toBe(2);
    expect(sliceEnd(offsets, 2, 1)).toBe(3);
    expect(sliceEnd(offsets, 3, 10_000)).toBe(offsets.length);
    let shown = 0;
    const steps: number[] = [];
    while (shown < offsets.length) steps.push((shown = sliceEnd(offsets, shown, 600)));
    expect(steps.at(-1)).toBe(blocksIn(article));
    steps.forEach((n, i) => expect(n).toBeGreaterThan(steps[i - 1] ?? 0));
  });

  it("is one slice for a short article", () => {
    expect(sliceEnd(blockOffsets(sampleArticle), 0, 10_000)).toBe(blocksIn(sampleArticle));
  });
});

describe("sliceArticle", () => {
  const article = articleOf([[10, 10], [10, 10, 10], [], [10]]);

  it("keeps whole sections as they are and cuts the one the slice ends in", () => {
    const slice = sliceArticle(article, 3);
    expect(slice.sections.map((s) => s.blocks.length)).toEqual([2, 1]);
    expect(slice.sections[0]).toBe(article.sections[0]);
    expect(slice.sections[1]?.blocks[0]).toBe(article.sections[1]?.blocks[0]);
  });

  it("shows a section with no blocks once those before it are whole, not a lone heading after a cut", () => {
    expect(sliceArticle(article, 5).sections.map((s) => s.id)).toEqual(["lead", "s1", "s2"]);
    expect(sliceArticle(article, 2).sections.map((s) => s.id)).toEqual(["lead"]);
  });

  it("gives back the article itself once every block is shown", () => {
    expect(sliceArticle(article, blocksIn(article))).toBe(article);
  });
});
