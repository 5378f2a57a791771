import { describe, expect, it } from "vitest";
import {
  assertText,
  boilerplateKey,
  cleanSource,
  dropReason,
  leadingNavigation,
  normalizeText,
} from "./clean.ts";

describe("cleanSource", () => {
  it("removes the BOM, normalises CRLF and CR, trims trailing spaces and skips blank runs", () => {
    const { normalized, lines } = cleanSource(
      normalizeText("\uFEFFعنوان  \r\n\r\n\r\n\r\nنص.\t\rسطر"),
    );
    expect(normalized).toBe("عنوان  \n\n\n\nنص.\t\nسطر");
    expect(lines).toEqual([
      { line: 1, offset: 0, text: "عنوان" },
      { line: 5, offset: 11, text: "نص." },
      { line: 6, offset: 16, text: "سطر" },
    ]);
  });

  it("records each dropped line with its number and verbatim text", () => {
    const { lines, diagnostics } = cleanSource("تخطى إلى المحتوى\n\nعنوان\n* * *\nنص.");
    expect(lines.map((l) => l.text)).toEqual(["عنوان", "نص."]);
    expect(diagnostics.map((d) => [d.code, d.line, d.text])).toEqual([
      ["dropped-boilerplate", 1, "تخطى إلى المحتوى"],
      ["dropped-separator", 4, "* * *"],
    ]);
  });
});

describe("leadingNavigation", () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, offset: 0, text }));

  it("drops a menu of short lines above a title", () => {
    expect(
      leadingNavigation(lines("أخبار", "اقتصاد", "البنك الدولي يتوقع تباطؤ النمو", "نص.")),
    ).toBe(2);
  });

  it("keeps a short title, and short sentences", () => {
    expect(leadingNavigation(lines("زلزال تركيا", "نص طويل يتبع العنوان."))).toBe(0);
    expect(leadingNavigation(lines("عنوان", "مقدمة.", "سطر قصير في الآخر"))).toBe(0);
    expect(leadingNavigation(lines("أخبار", "اقتصاد"))).toBe(0);
  });
});

describe("dropReason", () => {
  it.each([
    "تخطى إلى المحتوى",
    "تخطَّى الى المحتوى »",
    "Skip to main content",
    "شارك",
    "جميع الحقوق محفوظة © 2023",
    "تابعونا على",
    "الرئيسية › أخبار › اقتصاد",
    "واتساب",
    "الوسوم: اقتصاد، نمو",
  ])("drops the boilerplate line %s", (line) => expect(dropReason(line)).toBe("boilerplate"));

  it.each(["روسيا تتحدث عن نيتها", "شارك الوزير في الاجتماع.", "تخطى الجيش الحدود إلى المحتوى"])(
    "keeps the content line %s",
    (line) => {
      expect(dropReason(line)).toBeNull();
    },
  );

  it("drops lines with no letter or digit as separators", () => {
    expect(dropReason("—————")).toBe("separator");
    expect(dropReason("\u200F")).toBe("separator");
    expect(dropReason("2022")).toBeNull();
  });

  it("folds before matching", () => {
    expect(boilerplateKey("إلى المحتوى!")).toBe("الى المحتوى");
  });
});

describe("assertText", () => {
  it("throws on NUL with the line", () => {
    expect(() => assertText(normalizeText("a\r\nb\u0000"), "f.txt")).toThrow(
      "f.txt:2: NUL character",
    );
  });

  it("warns about a few control characters and throws on many", () => {
    expect(assertText("نص\u0007", "f.txt").map((d) => d.code)).toEqual(["control-character"]);
    expect(() => assertText("\u0001".repeat(20), "f.txt")).toThrow(
      "f.txt:1: 20 control characters",
    );
  });
});
