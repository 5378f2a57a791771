/**
 * Nothing lost: for every seed and every fixture that builds, the title, headings,
 * paragraphs, read-also lines and the recorded dropped lines give back every non-blank
 * source line verbatim (trailing spaces trimmed), in order.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeSeed } from "../src/pipeline/decode-seed.ts";
import { recoveredLines, sourceLines } from "../src/testing/nothing-lost.ts";
import { loadFixtures, runFixture } from "../scripts/lib/fixtures.ts";

const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");

const cases = [
  ...readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((name) => ({
      name: `seeds/${name}`,
      fixture: {
        name: name.replace(/\.txt$/, ""),
        source: new Uint8Array(readFileSync(path.join(SEEDS_DIR, name))),
        meta: null,
      },
    })),
  ...loadFixtures().map((f) => ({ name: `fixtures/${f.name}`, fixture: f })),
];

describe("nothing lost", () => {
  for (const { name, fixture } of cases) {
    const result = runFixture(fixture);
    if (!("article" in result)) continue;
    it(name, () => {
      const source = decodeSeed(fixture.source, name);
      expect(recoveredLines(result.article)).toEqual(sourceLines(source));
    });
  }

  it("covers every seed", () => {
    expect(cases.filter((c) => c.name.startsWith("seeds/")).length).toBeGreaterThan(0);
  });
});
