import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean.ts";
import { buildStructure, isHeadingLike, splitMarkedHeading } from "./structure.ts";

const outline = (text: string) =>
  buildStructure(cleanSource(text).lines, "t.txt").sections.map((s) => [
    s.heading?.text ?? null,
    s.blocks.map((b) => (b.type === "paragraph" ? b.span.text : `RA:${b.title}`)),
  ]);

describe("isHeadingLike", () => {
  it.each([
    "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
    "خلفية",
    "ما الخطوة التالية",
    "ما أسباب الأزمة؟",
  ])("accepts %s", (line) => {
    expect(isHeadingLike(line)).toBe(true);
  });

  it.each([
    ["a sentence", "قال الوزير إنّ الاجتماع كان مثمراً."],
    ["a quote ending a sentence", "وقال: «انتهى الأمر.»"],
    ["a long line", "كلمة ".repeat(20)],
    ["a photo credit", "صورة أرشيفية للاجتماع (رويترز)"],
    ["a byline", "بقلم: أحمد علي"],
    ["a dateline", "الإثنين 12 سبتمبر 2022"],
    ["a bullet", "- بند أول"],
  ])("rejects %s", (_name, line) => {
    expect(isHeadingLike(line)).toBe(false);
  });
});

describe("splitMarkedHeading", () => {
  it.each([
    ["## ردود الفعل", { before: "## ", text: "ردود الفعل", after: "" }],
    ["# عنوان #", { before: "# ", text: "عنوان", after: " #" }],
    ["**ما الخطوة التالية؟**", { before: "**", text: "ما الخطوة التالية؟", after: "**" }],
    ["* أبرز القرارات", { before: "* ", text: "أبرز القرارات", after: "" }],
    ["*خلاصة*", { before: "*", text: "خلاصة", after: "*" }],
  ])("splits %s", (line, expected) => {
    expect(splitMarkedHeading(line)).toEqual(expected);
  });

  it.each(["#وسم", "* بند طويل ينتهي بنقطة.", "نص عادي", "***"])(
    "does not take %s as a marked heading",
    (line) => {
      expect(splitMarkedHeading(line)).toBeNull();
    },
  );

  it.each([
    ["*عنوان *", { before: "*", text: "عنوان", after: " *" }],
    ["* عنوان**", { before: "* ", text: "عنوان*", after: "*" }],
    ["  *  عنوان", { before: "  *  ", text: "عنوان", after: "" }],
  ])("splits the stars of %j off by hand, as the regular expression did", (line, expected) => {
    expect(splitMarkedHeading(line)).toEqual(expected);
  });

  it("takes a marked line too long for an outline as a paragraph", () => {
    expect(splitMarkedHeading(`## ${"كلمة ".repeat(100)}`)).toBeNull();
  });

  it("is linear on a starred line with a long run of spaces (it was quadratic: 20 s for 80,000)", () => {
    const started = performance.now();
    for (const space of [" ", "\u00A0"])
      expect(splitMarkedHeading(`* a${space.repeat(200_000)}b`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("buildStructure", () => {
  it("takes the first content line as the title and text before the first sub-heading as the lead", () => {
    expect(outline("عنوان\n\nمقدمة.\n\nقسم أول\n\nنص أول.\n")).toEqual([
      [null, ["مقدمة."]],
      ["قسم أول", ["نص أول."]],
    ]);
  });

  it("takes a short question followed by prose as a sub-heading", () => {
    expect(outline("عنوان\n\nمقدمة.\n\nما القصة؟\n\nنص القسم.\n")).toEqual([
      [null, ["مقدمة."]],
      ["ما القصة؟", ["نص القسم."]],
    ]);
  });

  it("needs prose before the first unmarked sub-heading", () => {
    expect(outline("عنوان\n\nبقلم فلان\n\nمقدمة.\n")).toEqual([[null, ["بقلم فلان", "مقدمة."]]]);
  });

  it("needs body text after an unmarked sub-heading", () => {
    expect(outline("عنوان\n\nمقدمة.\n\nسطر قصير في الآخر\n")).toEqual([
      [null, ["مقدمة.", "سطر قصير في الآخر"]],
    ]);
  });

  it("keeps read-also lines where they stand, joining a label standing alone to the next line", () => {
    expect(outline("عنوان\n\nنص.\n\nاقرأ أيضاً:\n\nمقال آخر\n\nنص ثان.\n")).toEqual([
      [null, ["نص.", "RA:مقال آخر", "نص ثان."]],
    ]);
  });

  it("refuses a file whose only lines are boilerplate, or that starts with a read-also line", () => {
    expect(() => buildStructure(cleanSource("تخطى إلى المحتوى\n").lines, "t.txt")).toThrow(
      "t.txt:1: no title",
    );
    expect(() => buildStructure(cleanSource("\n\nاقرأ أيضاً: مقال\n").lines, "t.txt")).toThrow(
      "t.txt:3: no title",
    );
  });
});
