import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIBRARY_PAGE_SIZE,
  pageCountFor,
  pageListItems,
  pageSlice,
  parsePageNumber,
} from "./paging";

describe("the library's paging", () => {
  it("counts pages of a fixed size, an empty library keeping its page 1", () => {
    expect(LIBRARY_PAGE_SIZE).toBe(20);
    expect([0, 1, 20, 21, 40, 41, 100_000].map((n) => pageCountFor(n))).toEqual([
      1, 1, 1, 2, 2, 3, 5000,
    ]);
  });

  it("splits any library into pages that hold every entry once, in order, none over the size", () => {
    fc.assert(
      fc.property(fc.nat({ max: 500 }), fc.integer({ min: 1, max: 30 }), (total, size) => {
        const entries = Array.from({ length: total }, (_, i) => i);
        const count = pageCountFor(total, size);
        const pages = Array.from({ length: count }, (_, i) => pageSlice(entries, i + 1, size));
        expect(pages.flat()).toEqual(entries);
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(size);
        // Only the last page may be short, and only an empty library has an empty page.
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(size);
        expect(pages.at(-1)!.length > 0 || total === 0).toBe(true);
      }),
    );
  });

  it("reads a page number only as an address writes it", () => {
    expect(["1", "2", "20", "999999999"].map(parsePageNumber)).toEqual([1, 2, 20, 999999999]);
    for (const bad of ["", "0", "02", "-1", "+2", "2.0", "1e3", "٢", "x", " 2", "1000000000"])
      expect(parsePageNumber(bad), bad).toBeNull();
  });

  it("lists the first, last, current and neighbouring pages, with a gap for the rest", () => {
    expect(pageListItems(1, 1)).toEqual([1]);
    expect(pageListItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageListItems(1, 20)).toEqual([1, 2, "gap", 20]);
    expect(pageListItems(4, 20)).toEqual([1, 2, 3, 4, 5, "gap", 20]);
    expect(pageListItems(7, 20)).toEqual([1, "gap", 6, 7, 8, "gap", 20]);
    expect(pageListItems(20, 20)).toEqual([1, "gap", 19, 20]);
  });

  it("keeps the page list short and ordered at any size, the current page always in it", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          const items = pageListItems(current, count);
          const pages = items.filter((item): item is number => item !== "gap");
          expect(items.length).toBeLessThanOrEqual(7);
          expect(pages).toContain(current);
          expect(pages[0]).toBe(1);
          expect(pages.at(-1)).toBe(count);
          for (let i = 1; i < pages.length; i++) expect(pages[i]!).toBeGreaterThan(pages[i - 1]!);
          // A gap stands for two pages or more, never between neighbours, never twice in a row.
          items.forEach((item, i) => {
            if (item !== "gap") return;
            const before = items[i - 1] as number;
            const after = items[i + 1] as number;
            expect(after - before).toBeGreaterThan(2);
          });
        },
      ),
    );
  });
});
