/** The pipeline benchmark reports sane figures on a small size. */
import { describe, expect, it } from "vitest";
import { formatPipelineTable, parseArgs, runPipelineBench } from "./pipeline.ts";

describe("bench/pipeline", () => {
  it("reports articles/s, MB/s and the cost ratio per size", async () => {
    const result = await runPipelineBench({ sizes: [20, 10], progress: false });
    expect(result.rows.map((r) => r.articles)).toEqual([10, 20]);
    for (const row of result.rows) {
      expect(row.articlesPerSecond).toBeGreaterThan(0);
      expect(row.mbPerSecond).toBeGreaterThan(0);
      expect(row.outputMB).toBeGreaterThan(row.inputMB);
    }
    expect(result.costRatio).toBeGreaterThan(0);
    expect(formatPipelineTable(result)).toMatch(
      /\| 20 \| .* \|\ncost per article, 20 vs 10 articles: ×/,
    );
    expect(parseArgs(["--sizes", "1000,10000"])).toEqual({ sizes: [1000, 10000] });
  }, 120_000);
});
