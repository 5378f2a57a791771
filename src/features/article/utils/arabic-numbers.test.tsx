// A .tsx name so the jsdom project picks it up: the node project does not cover src/features.
import { describe, expect, it } from "vitest";
import { MENTION_NOUN, MINUTE_NOUN, PERSON_NOUN, countNoun, toArabicDigits } from "./arabic-numbers";

describe("toArabicDigits", () => {
  it("writes Arabic-Indic digits, the same everywhere (no Intl)", () => {
    expect(toArabicDigits(0)).toBe("٠");
    expect(toArabicDigits(1234567890)).toBe("١٢٣٤٥٦٧٨٩٠");
    expect(toArabicDigits("12 من 3")).toBe("١٢ من ٣");
  });
});

describe("countNoun", () => {
  it.each([
    [1, MENTION_NOUN, "إشارة واحدة"],
    [2, MENTION_NOUN, "إشارتان"],
    [3, MENTION_NOUN, "٣ إشارات"],
    [10, MENTION_NOUN, "١٠ إشارات"],
    [11, MENTION_NOUN, "١١ إشارة"],
    [12, MENTION_NOUN, "١٢ إشارة"],
    [103, MENTION_NOUN, "١٠٣ إشارات"],
    [2, MINUTE_NOUN, "دقيقتان"],
    [3, MINUTE_NOUN, "٣ دقائق"],
    [25, MINUTE_NOUN, "٢٥ دقيقة"],
    [6, PERSON_NOUN, "٦ أشخاص"],
    [12, PERSON_NOUN, "١٢ شخصاً"],
    [100, PERSON_NOUN, "١٠٠ شخص"],
  ])("%i → the right Arabic agreement", (count, noun, expected) => {
    expect(countNoun(count, noun)).toBe(expected);
  });
});
