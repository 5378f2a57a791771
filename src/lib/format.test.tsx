import { describe, expect, it } from "vitest";
import { formatMinutes, joinArabic, toArabicDigits } from "./format";
import { printableHref } from "./print";

describe("Arabic numbers", () => {
  it("writes digits as Arabic-Indic", () => {
    expect(toArabicDigits(1905)).toBe("١٩٠٥");
  });

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

describe("printable addresses", () => {
  it("decodes an Arabic query so it prints as Arabic", () => {
    expect(printableHref(`/?q=${encodeURIComponent("الأسد أردوغان")}`)).toBe("/?q=الأسد أردوغان");
  });

  it("leaves a malformed address as it is", () => {
    expect(printableHref("/?q=%E0%A4%A")).toBe("/?q=%E0%A4%A");
  });
});
