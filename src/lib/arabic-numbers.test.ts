import { describe, expect, it } from "vitest";
import {
  MENTION_NOUN,
  MINUTE_NOUN,
  PERSON_NOUN,
  countNoun,
  formatMinutes,
  groupDigits,
  joinArabic,
  toArabicDigits,
} from "./arabic-numbers";

describe("toArabicDigits", () => {
  it("writes Arabic-Indic digits, the same everywhere (no Intl)", () => {
    expect(toArabicDigits(0)).toBe("٠");
    expect(toArabicDigits(1234567890)).toBe("١٢٣٤٥٦٧٨٩٠");
    expect(toArabicDigits("12 من 3")).toBe("١٢ من ٣");
  });

  it("groups thousands with the Arabic separator", () => {
    expect(groupDigits(999)).toBe("٩٩٩");
    expect(groupDigits(1234567)).toBe("١٬٢٣٤٬٥٦٧");
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
    [1500, MENTION_NOUN, "١٬٥٠٠ إشارة"],
    [2_000_011, PERSON_NOUN, "٢٬٠٠٠٬٠١١ شخصاً"],
  ])("%i → the right Arabic agreement", (count, noun, expected) => {
    expect(countNoun(count, noun)).toBe(expected);
  });
});

describe("durations and lists", () => {
  it.each([
    [1, "دقيقة واحدة"],
    [2, "دقيقتان"],
    [3, "٣ دقائق"],
    [10, "١٠ دقائق"],
    [11, "١١ دقيقة"],
    [99, "٩٩ دقيقة"],
    [103, "١٠٣ دقائق"],
  ])("agrees the noun with %i minutes", (minutes, words) => {
    expect(formatMinutes(minutes)).toBe(words);
  });

  it("joins lists with the Arabic comma", () => {
    expect(joinArabic(["بشار الأسد", "رجب طيب أردوغان"])).toBe("بشار الأسد، رجب طيب أردوغان");
  });
});
