/**
 * Readability-style fixture runner: one test per field of each fixture's expected.json,
 * so a failure names the fixture and the exact field. Regenerate with
 * `npm run fixtures:update` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { loadFixtures, runFixture, type FixtureResult } from "../scripts/lib/fixtures.ts";

const fixtures = loadFixtures();

describe("fixtures", () => {
  it("include every rule of the issue", () => {
    const names = fixtures.map((f) => f.name);
    for (const wanted of [
      "seed-russia-assad-turkey-meeting",
      "crlf-bom-trailing-spaces",
      "no-sub-headings",
      "marked-sub-headings",
      "two-read-also-lines",
      "name-with-clitic",
      "name-with-tashkeel",
      "ala-next-to-ali",
      "bad-empty",
      "bad-whitespace-only",
      "bad-nul-bytes",
      "bad-invalid-utf8",
      "bad-no-title-only-boilerplate",
      "html-script-kept-as-text",
      "bidi-controls-reported",
      // Hostile seeds (the large ones are made by scripts/make-hostile-seeds.ts, see fixtures/README.md).
      "hostile-html-script",
      "hostile-html-img-onerror",
      "hostile-read-also-unsafe-urls",
      "hostile-bidi-controls",
      "hostile-combining-marks",
    ]) {
      expect(names).toContain(wanted);
    }
  });

  it("all have a reviewed expected.json", () => {
    expect(fixtures.filter((f) => f.expected === null).map((f) => f.name)).toEqual([]);
  });
});

for (const fixture of fixtures) {
  describe(fixture.name, () => {
    const expected: FixtureResult | null = fixture.expected;
    if (expected === null) return;
    const actual = runFixture(fixture);
    if ("error" in expected) {
      it("error", () => expect(actual).toEqual(expected));
      return;
    }
    it("builds", () => expect(actual).not.toHaveProperty("error"));
    const article = "article" in actual ? actual.article : null;
    const fields = new Set([...Object.keys(expected.article), ...Object.keys(article ?? {})]);
    for (const field of fields) {
      it(field, () =>
        expect(article?.[field as keyof typeof article]).toEqual(
          expected.article[field as keyof typeof expected.article],
        ),
      );
    }
  });
}
