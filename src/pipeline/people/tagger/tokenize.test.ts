import { describe, expect, it } from "vitest";
import { sentenceRanges, tokenizeText } from "./tokenize.ts";

describe("tokenizeText", () => {
  it("keeps UTF-16 offsets into the verbatim text", () => {
    const text = "عن نائب وزير الخارجيّة الروسي “ميخائيل بوغدانوف”، قوله.";
    const tokens = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      "عن",
      "نائب",
      "وزير",
      "الخارجيّة",
      "الروسي",
      "“",
      "ميخائيل",
      "بوغدانوف",
      "”",
      "،",
      "قوله",
      ".",
    ]);
  });

  it("leaves clitics and tashkeel inside the word and punctuation inside numbers", () => {
    const tokens = tokenizeText("وأردوغان  بشّار\tالأسد 5.9% (أ)");
    expect(tokens.map((t) => t.text)).toEqual(["وأردوغان", "بشّار", "الأسد", "5.9%", "(", "أ", ")"]);
  });

  it("gives correct offsets around astral characters and direction marks", () => {
    const text = "\u200Fقال 😀 “علي”";
    const tokens = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(["قال", "😀", "“", "علي", "”"]);
  });

  it("returns nothing for blank text", () => {
    expect(tokenizeText(" \n\t ")).toEqual([]);
  });
});

describe("sentenceRanges", () => {
  it("cuts after sentence-ending marks and keeps a final sentence without one", () => {
    expect(sentenceRanges(["قال", "علي", ".", "هل", "؟", "ثم", "ذهب"])).toEqual([
      [0, 3],
      [3, 5],
      [5, 7],
    ]);
  });
});

describe("featureFold", () => {
  it("folds exactly as foldArabic does, punctuation classes aside", async () => {
    const { featureFold } = await import("./arabic");
    const { foldArabic } = await import("../../../text/fold");
    for (const w of [
      "بشّار",
      "الأسد",
      "إقرأ",
      "آمـــال",
      "ٱلله",
      "على",
      "مدينة",
      "Hamas",
      "2006",
      "وأردوغان",
      "ۖقال",
    ]) {
      expect(featureFold(w)).toBe(foldArabic(w));
    }
    expect(featureFold("«")).toBe('"');
    expect(featureFold("،")).toBe(",");
  });
});
