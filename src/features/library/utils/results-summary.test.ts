import { describe, expect, it } from "vitest";
import { resultsSummary } from "./results-summary";

describe("resultsSummary", () => {
  it("counts results with the noun form Arabic takes after each number", () => {
    expect(resultsSummary(0, "القدس")).toBe("لا نتائج للبحث عن «القدس»");
    expect(resultsSummary(1, "القدس")).toBe("نتيجة واحدة للبحث عن «القدس»");
    expect(resultsSummary(2, "القدس")).toBe("نتيجتان للبحث عن «القدس»");
    expect(resultsSummary(7, "القدس")).toBe("٧ نتائج للبحث عن «القدس»");
    expect(resultsSummary(20, "القدس")).toBe("٢٠ نتيجة للبحث عن «القدس»");
  });
});
