import { describe, expect, it } from "vitest";
import { nameKey, normalizeForSearch, titleKey } from "./match-keys.ts";

describe("match keys", () => {
  it("folds a search text: marks, alef forms, case and punctuation", () => {
    expect(normalizeForSearch("“بشّار الأسد”")).toBe("بشار الاسد");
    expect(normalizeForSearch("  Putin,   بوتين! ")).toBe("putin بوتين");
  });

  it("keys a read-also title on its words alone", () => {
    expect(titleKey("«مصادر: لقاء»")).toBe("مصادر لقاء");
    expect(titleKey("مصادر لقاء")).toBe(titleKey("«مَصادر» - لقاء"));
  });

  it("keys a name on folded letters and single spaces, keeping its punctuation", () => {
    expect(nameKey("بشّار  الأسد")).toBe("بشار الاسد");
    expect(nameKey("عبد-الله")).toBe("عبد-الله");
  });
});
