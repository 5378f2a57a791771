import { describe, expect, it } from "vitest";
import { titleKey } from "../text/match-keys.ts";
import { matchReadAlso, ReadAlsoLinker, readAlsoLinks, resolveHref } from "./read-also.ts";

describe("matchReadAlso", () => {
  it.each([
    ["اقرأ أيضاً: مقال", "اقرأ أيضاً: "],
    ["اقرأ أيضا: مقال", "اقرأ أيضا: "],
    ["اقرأ ايضا مقال", "اقرأ ايضا "],
    ["إقرأ أيضاً مقال", "إقرأ أيضاً "],
    ["إقرأ أيضًا - مقال", "إقرأ أيضًا - "],
    ["اقرأ أيضاً:مقال", "اقرأ أيضاً:"],
    ["  • اقرأ أيضاً: مقال", "  • اقرأ أيضاً: "],
  ])("reads the label of %s", (line, label) => {
    expect(matchReadAlso(line)).toEqual({ label, title: "مقال" });
  });

  it("keeps label + title equal to the line", () => {
    const line = "اقرأ أيضاً: مصادر تتحدّث عن لقاء";
    const m = matchReadAlso(line);
    expect(m && m.label + m.title).toBe(line);
  });

  it.each([
    "روسيا تتحدث",
    "اقرأ ايضاحات الوزارة",
    "قرأت أيضاً الخبر",
    `اقرأ أيضاً: ${"ط".repeat(400)}`,
  ])("ignores %s", (line) => {
    expect(matchReadAlso(line)).toBeNull();
  });

  it("gives a label standing alone an empty title", () => {
    expect(matchReadAlso("اقرأ أيضاً:")).toEqual({ label: "اقرأ أيضاً:", title: "" });
  });
});

describe("resolveHref", () => {
  const sources = {
    sidecar: new Map([[titleKey("من الملحق"), "https://example.com/x"]]),
    articles: new Map([[titleKey("مقال في التطبيق"), "in-app"]]),
  };

  it("prefers the sidecar, then an in-app article, then the library search", () => {
    expect(resolveHref("من الملحق", sources)).toEqual({
      href: "https://example.com/x",
      hrefSource: "sidecar",
    });
    expect(resolveHref("«مقالٌ في التطبيق»", sources)).toEqual({
      href: "/articles/in-app",
      hrefSource: "article",
    });
    expect(resolveHref("غير معروف", sources)).toEqual({
      href: "/?q=%D8%BA%D9%8A%D8%B1%20%D9%85%D8%B9%D8%B1%D9%88%D9%81",
      hrefSource: "search",
    });
  });

  it("searches without bidi controls, and survives half a surrogate pair (encodeURIComponent throws on it)", () => {
    const none = { sidecar: new Map<string, string>(), articles: new Map<string, string>() };
    expect(resolveHref("\u202Eب\u202C", none).href).toBe("/?q=%D8%A8");
    expect(resolveHref("ب\uD83D", none).href).toBe("/?q=%D8%A8%EF%BF%BD");
    expect(resolveHref("👍", none).href).toBe("/?q=%F0%9F%91%8D");
  });
});

describe("readAlsoLinks", () => {
  it("reads the sidecar's map and its list alike", () => {
    expect(readAlsoLinks({ readAlso: { t: "u" } })).toEqual([["t", "u"]]);
    expect(readAlsoLinks({ readAlso: [{ title: "t", url: "u" }] })).toEqual([["t", "u"]]);
    expect(readAlsoLinks({})).toEqual([]);
  });
});

describe("ReadAlsoLinker", () => {
  it("links one article's titles and reports the sidecar links it refused or never used", () => {
    const linker = new ReadAlsoLinker({
      slug: "self",
      sidecar: {
        readAlso: {
          "من الملحق": " https://example.com/x ",
          خطر: "javascript:alert(1)",
          "لم يرد": "/articles/y",
        },
      },
      knownArticles: [
        { slug: "self", title: "مقالي" },
        { slug: "other", title: "مقال آخر" },
      ],
    });
    expect(linker.refused.map((d) => [d.code, d.text])).toEqual([
      ["read-also-url-rejected", "javascript:alert(1)"],
    ]);
    expect(linker.link("«من الملحق»")).toEqual({
      href: "https://example.com/x",
      hrefSource: "sidecar",
    });
    expect(linker.link("مقال آخر")).toEqual({ href: "/articles/other", hrefSource: "article" });
    // An article never links to itself: its own title goes to the search.
    expect(linker.link("مقالي").hrefSource).toBe("search");
    expect(linker.link("خطر").hrefSource).toBe("search");
    expect(linker.unused().map((d) => [d.code, d.text])).toEqual([
      ["read-also-link-unused", titleKey("لم يرد")],
    ]);
  });
});
