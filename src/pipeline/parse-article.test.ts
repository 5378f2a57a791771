import { describe, expect, it } from "vitest";
import { articleSchema, type Article, type Position } from "../article/schema.ts";
import { normalizeText } from "./clean.ts";
import { recoveredLines, sourceLines } from "../testing/nothing-lost.ts";
import { KnownArticleIndex, parseArticle, slugFromFile } from "./parse-article.ts";
import type { PersonRecognizer } from "./people/recognizer.ts";
import { SeedError } from "./seed-error.ts";

const nobody: PersonRecognizer = { recognize: () => ({ people: [], mentions: [] }) };
const parse = (source: string, extra: Partial<Parameters<typeof parseArticle>[1]> = {}) =>
  parseArticle(source, { file: "seeds/t.txt", recognizer: nobody, ...extra });

const SAMPLE = [
  "تخطى إلى المحتوى",
  "",
  "## عنوان المقال",
  "",
  "مقدمة المقال تنتهي بنقطة.",
  "",
  "قسم أول",
  "",
  "نص القسم الأول.",
  "",
  "اقرأ أيضاً: مقال في التطبيق",
  "",
  "قسم أول",
  "",
  "نص ثان.",
].join("\r\n");

/** Every position must cut its own text out of the normalised source. */
function expectPositionsPointAtText(article: Article, source: string) {
  const text = normalizeText(source);
  const at = (p: Position) => text.slice(p.start.offset, p.end.offset);
  expect(at(article.titlePosition)).toBe(article.title);
  for (const section of article.sections) {
    if (section.headingPosition) expect(at(section.headingPosition)).toBe(section.heading);
    for (const block of section.blocks) {
      expect(at(block.position)).toBe(
        block.type === "paragraph" ? block.text : block.label + block.title,
      );
      const lineStart = text.lastIndexOf("\n", block.position.start.offset - 1) + 1;
      expect(block.position.start.column).toBe(block.position.start.offset - lineStart + 1);
    }
  }
}

describe("parseArticle", () => {
  const article = parse(SAMPLE, { knownArticles: [{ slug: "other", title: "مقالٌ في التطبيق" }] });

  it("returns a schema-valid article", () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it("finds the title (markers stripped, verbatim line kept), lead and sections with unique ids", () => {
    expect(article.title).toBe("عنوان المقال");
    expect(article.titleSource).toBe("## عنوان المقال");
    expect(article.sections.map((s) => [s.id, s.heading])).toEqual([
      ["lead", null],
      ["qsm-awl", "قسم أول"],
      ["qsm-awl-2", "قسم أول"],
    ]);
  });

  it("links a read-also title to the in-app article with that title", () => {
    expect(article.readAlso).toEqual([
      {
        id: "read-also-1",
        title: "مقال في التطبيق",
        href: "/articles/other",
        hrefSource: "article",
        sectionId: "qsm-awl",
      },
    ]);
  });

  it("takes the known articles as an index built once, never linking an article to itself", () => {
    const index = new KnownArticleIndex([
      { slug: "first", title: "مقالٌ في التطبيق" },
      { slug: "t", title: "مقال في التطبيق" },
    ]);
    expect(parse(SAMPLE, { knownArticles: index }).readAlso[0]?.href).toBe("/articles/first");
    expect(index.find("مقال في التطبيق", "first")).toBe("t");
    expect(index.find("مقال في التطبيق", "t")).toBe("first");
    expect(index.find("غير موجود", "t")).toBeUndefined();
  });

  it("keeps unist positions that point into the normalised source", () => {
    expect(article.titlePosition).toEqual({
      start: { line: 3, column: 4, offset: 21 },
      end: { line: 3, column: 16, offset: 33 },
    });
    expectPositionsPointAtText(article, SAMPLE);
  });

  it("loses nothing", () => {
    expect(recoveredLines(article)).toEqual(sourceLines(SAMPLE));
  });

  it("takes direction from the text and counts reading figures", () => {
    expect(article.dir).toBe("rtl");
    expect(parse("English title\n\nAn English paragraph with one Arabic word: سلام.").dir).toBe(
      "ltr",
    );
    expect(article.stats).toEqual({ characters: 100, words: 20, readingMinutes: 1 });
  });

  it("takes the slug from the sidecar, else from the file name", () => {
    expect(article.slug).toBe("t");
    expect(parse(SAMPLE, { sidecar: { slug: "readable-slug" } }).slug).toBe("readable-slug");
    expect(slugFromFile("seeds/000_ba3d84ed962b3426.txt")).toBe("000-ba3d84ed962b3426");
  });

  it("rejects unsafe sidecar URLs with a diagnostic and falls back to the search", () => {
    const withLinks = parse(SAMPLE, {
      sidecar: { url: "javascript:alert(1)", readAlso: { "مقال في التطبيق": "data:text/html,x" } },
    });
    expect(withLinks.source.url).toBeNull();
    expect(withLinks.readAlso[0]?.href).toBe(
      "/?q=%D9%85%D9%82%D8%A7%D9%84%20%D9%81%D9%8A%20%D8%A7%D9%84%D8%AA%D8%B7%D8%A8%D9%8A%D9%82",
    );
    expect(
      withLinks.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code),
    ).toEqual(["read-also-url-rejected", "source-url-rejected"]);
  });

  it("uses a safe sidecar URL for a read-also item", () => {
    const linked = parse(SAMPLE, {
      sidecar: {
        readAlso: [{ title: "مقال في التطبيق", url: "https://example.com/a" }],
        url: "https://example.com/src",
        date: "2022-09-05",
      },
    });
    expect(linked.readAlso[0]).toMatchObject({
      href: "https://example.com/a",
      hrefSource: "sidecar",
    });
    expect(linked.source).toEqual({
      file: "t.txt",
      url: "https://example.com/src",
      date: "2022-09-05",
    });
  });
});

describe("parseArticle on bad input", () => {
  it.each([
    ["", "seeds/t.txt:1: empty file: no text at all"],
    ["\uFEFF", "seeds/t.txt:1: empty file: no text at all"],
    [" \n\t\r\n  ", "seeds/t.txt:1: whitespace-only file: no text at all"],
    ["عنوان\n\nنص\u0000", "seeds/t.txt:3: NUL character: a binary file, not article text"],
    ["تخطى إلى المحتوى\n---\n", "seeds/t.txt:1: no title: the file has no line with words"],
  ])("throws a one-line SeedError for %j", (source, message) => {
    expect(() => parse(source)).toThrow(SeedError);
    expect(() => parse(source)).toThrow(message);
  });

  it("keeps <script> as text and reports it", () => {
    const article = parse("عنوان\n\n<script>alert(1)</script>\n");
    expect(article.sections[0]?.blocks[0]).toMatchObject({
      type: "paragraph",
      text: "<script>alert(1)</script>",
    });
    expect(article.diagnostics).toMatchObject([
      { code: "html-like", line: 3, severity: "warning" },
    ]);
  });

  it("keeps bidi controls in the text and reports each line with them", () => {
    const article = parse("عنوان \u202Eمعكوس\u202C\n\nنص \u2066معزول\u2069.\n");
    expect(article.title).toBe("عنوان \u202Eمعكوس\u202C");
    expect(article.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["bidi-control", 1],
      ["bidi-control", 3],
    ]);
  });

  it("builds a 100,000-character line as one paragraph, with a warning", () => {
    const line = "كلمة ".repeat(20_000).trim();
    const article = parse(`عنوان\n\n${line}\n`);
    expect(article.sections[0]?.blocks[0]).toMatchObject({ text: line });
    expect(article.diagnostics).toMatchObject([
      { code: "long-line", line: 3, text: line.slice(0, 200) },
    ]);
  });

  it("builds a 5 MB article in a few seconds, with a warning", () => {
    const paragraph =
      "نقلت وكالة الأنباء عن مسؤول قوله إنّ المحادثات ستستمر خلال الأسبوع المقبل في العاصمة.";
    const source = `عنوان طويل\n\n${`${paragraph}\n\nعنوان فرعي متكرر\n\n`.repeat(Math.ceil(5_200_000 / 180))}`;
    expect(new TextEncoder().encode(source).length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const article = parse(source);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(article.diagnostics.map((d) => d.code)).toEqual(["large-article"]);
    expect(new Set(article.sections.map((s) => s.id)).size).toBe(article.sections.length);
  }, 60_000);
});
