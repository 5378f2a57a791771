import { describe, expect, it } from "vitest";
import { summarize } from "../../src/pipeline/people/tagger/spans";
import { formatScore } from "./conll";

describe("formatScore", () => {
  it("prints precision, recall and F1 to three places, then the span counts", () => {
    // 3 correct of 4 found, 6 in gold: P 0.75, R 0.5, F1 0.6.
    expect(formatScore(summarize(6, 4, 3))).toBe(
      "P 0.750  R 0.500  F1 0.600  (3 correct of 4 found, 6 in gold)",
    );
  });

  it("prints zeros, not NaN, when nothing was found", () => {
    expect(formatScore(summarize(2, 0, 0))).toBe(
      "P 0.000  R 0.000  F1 0.000  (0 correct of 0 found, 2 in gold)",
    );
  });
});
