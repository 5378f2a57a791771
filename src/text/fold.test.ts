import { describe, expect, it } from "vitest";
import { foldArabic, foldWithOffsets } from "./fold";

describe("foldArabic", () => {
  it("drops tashkeel and tatweel and unifies alef forms", () => {
    expect(foldArabic("بشّار الأسد")).toBe("بشار الاسد");
    expect(foldArabic("إقرأ أيضاً")).toBe("اقرا ايضا");
    expect(foldArabic("آمـــال ٱلله")).toBe("امال الله");
  });

  it("keeps ى apart from ي and ة apart from ه", () => {
    expect(foldArabic("على")).not.toBe(foldArabic("علي"));
    expect(foldArabic("مدينة")).toBe("مدينة");
  });
});

describe("foldWithOffsets", () => {
  it("maps folded spans back onto the verbatim text", () => {
    const text = "لقاء بشّار الأسد";
    const { folded, toSource } = foldWithOffsets(text);
    const start = folded.indexOf("بشار");
    const end = start + "بشار".length;
    expect(text.slice(toSource[start], toSource[end])).toBe("بشّار");
    expect(toSource[folded.length]).toBe(text.length);
  });
});
