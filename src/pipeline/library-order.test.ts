import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareForLibrary, sortForLibrary } from "./library-order";

const article = (slug: string, file: string, date: string | null) => ({
  slug,
  source: { file, date },
});

const arbitraryArticle = fc.record({
  slug: fc.stringMatching(/^[a-d]{1,3}$/),
  source: fc.record({
    file: fc.stringMatching(/^[0-2]{1,2}\.txt$/),
    date: fc.option(
      fc.constantFrom("2022-09-05", "2022-09-06", "2022-09-05T10:00:00Z", "2023-01-01", "bad"),
      { nil: null },
    ),
  }),
});

const uniqueArticles = fc.uniqueArray(arbitraryArticle, {
  maxLength: 30,
  selector: (a) => a.slug,
});

describe("the library's order", () => {
  it("puts the newest first, the undated after, and ties in file-name order", () => {
    const sorted = sortForLibrary([
      article("undated-b", "b.txt", null),
      article("old", "z.txt", "2021-01-01"),
      article("undated-a", "a.txt", null),
      article("new", "y.txt", "2022-09-05T10:00:00Z"),
      article("same-day-2", "d.txt", "2022-09-01"),
      article("same-day-1", "c.txt", "2022-09-01"),
    ]);
    expect(sorted.map((a) => a.slug)).toEqual([
      "new",
      "same-day-1",
      "same-day-2",
      "old",
      "undated-a",
      "undated-b",
    ]);
  });

  it("is total and stable: the same articles in any order sort the same way", () => {
    fc.assert(
      // Slugs are unique in a library (the build refuses a duplicate).
      fc.property(uniqueArticles, (articles) => {
        const sorted = sortForLibrary(articles);
        expect(sortForLibrary([...articles].reverse())).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++)
          expect(compareForLibrary(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        // Comparing is antisymmetric, so the order does not hang on the sort's algorithm.
        for (const a of articles)
          for (const b of articles)
            expect(Math.sign(compareForLibrary(a, b)) + Math.sign(compareForLibrary(b, a))).toBe(0);
      }),
    );
  });

  it("never puts a dated article after an undated one, or an older before a newer", () => {
    fc.assert(
      fc.property(fc.array(arbitraryArticle, { maxLength: 30 }), (articles) => {
        const times = sortForLibrary(articles).map((a) => {
          const t = a.source.date === null ? NaN : Date.parse(a.source.date);
          return Number.isNaN(t) ? -Infinity : t;
        });
        for (let i = 1; i < times.length; i++) expect(times[i]!).toBeLessThanOrEqual(times[i - 1]!);
      }),
    );
  });
});
