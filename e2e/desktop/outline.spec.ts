import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import {
  currentHash,
  expectCurrent,
  expectSectionAtTop,
  headingPlacement,
  openArticle,
  outline,
  outlineLinks,
  sectionIds,
  waitForScrollEnd,
} from "../support/reader";

test.describe("section outline (desktop)", () => {
  test("is a visible side column with one link per section", async ({ page }) => {
    await openArticle(page);
    await expect(outline(page)).toBeVisible();
    const ids = await sectionIds(page);
    expect(ids).toHaveLength(seed.headings.length);
    for (const link of await outlineLinks(page).all()) await expect(link).toBeVisible();

    // Sticky: still on screen after scrolling to the end of the article.
    await page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }),
    );
    await waitForScrollEnd(page);
    await expect(outline(page)).toBeInViewport();
  });

  test("the sticky columns stick at a whole pixel and contain their paint", async ({ page }) => {
    // What keeps a long outline jump from repainting the side columns (bench/long-article.ts):
    // a fractional offset moves their painted area by a pixel when they stick.
    await openArticle(page);
    const columns = await page.evaluate(() => {
      const header = document.querySelector("header");
      const sticky = Array.from(document.querySelectorAll<HTMLElement>("body *")).filter(
        (element) => getComputedStyle(element).position === "sticky",
      );
      return {
        headerHeight: header?.getBoundingClientRect().height ?? Number.NaN,
        sticky: sticky.map((element) => ({
          tag: element.tagName,
          top: element.getBoundingClientRect().top,
          contain: getComputedStyle(element).contain,
        })),
      };
    });
    expect(Number.isInteger(columns.headerHeight)).toBe(true);
    expect(columns.sticky.length).toBeGreaterThanOrEqual(2);
    for (const column of columns.sticky) {
      expect(Number.isInteger(column.top), `${column.tag} at ${column.top} px`).toBe(true);
      expect(column.contain, column.tag).toContain("paint");
    }
  });

  test("every outline link scrolls its heading to the top, sets the hash, aria-current and focus", async ({
    page,
  }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    const historyStart = await page.evaluate(() => history.length);

    // In reading order, then backwards, so that every link is clicked both from above and below.
    const order = [...ids.keys(), ...[...ids.keys()].reverse().slice(1)];
    for (const index of order) {
      const id = ids[index] as string;
      const heading = seed.headings[index] as string;
      await outlineLinks(page).filter({ hasText: heading }).click();
      await waitForScrollEnd(page);

      await expectSectionAtTop(page, id);
      expect(await currentHash(page), "location.hash").toBe(id);
      await expectCurrent(page, id);
      const focused = await page.evaluate((id) => {
        const target = document.getElementById(id);
        const active = document.activeElement;
        return Boolean(
          target &&
          active &&
          (target === active || target.contains(active) || active.contains(target)),
        );
      }, id);
      expect(focused, `focus moved to the heading of #${id}`).toBe(true);

      // The scroll spy must not move the mark away once the scroll has ended
      // (the last, short section included).
      await page.waitForTimeout(400);
      await expectCurrent(page, id);
      await expectSectionAtTop(page, id);
    }
    // Each click is a new history entry.
    expect(await page.evaluate(() => history.length)).toBe(historyStart + order.length);
  });

  test("a direct load with a hash lands on that section", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    for (const index of [2, ids.length - 1]) {
      const id = ids[index] as string;
      await openArticle(page, `#${encodeURIComponent(id)}`);
      await waitForScrollEnd(page);
      await expectSectionAtTop(page, id);
      await expectCurrent(page, id);
    }
  });

  test("Back and Forward move between sections", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    const [first, , third] = ids as [string, string, string];

    for (const index of [0, 2]) {
      await outlineLinks(page)
        .filter({ hasText: seed.headings[index] as string })
        .click();
      await waitForScrollEnd(page);
    }
    await expectSectionAtTop(page, third);

    await page.goBack();
    await waitForScrollEnd(page);
    expect(await currentHash(page)).toBe(first);
    await expectSectionAtTop(page, first);
    await expectCurrent(page, first);

    await page.goBack();
    await waitForScrollEnd(page);
    expect(await currentHash(page)).toBe("");
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();

    await page.goForward();
    await waitForScrollEnd(page);
    expect(await currentHash(page)).toBe(first);
    await expectSectionAtTop(page, first);
    await expectCurrent(page, first);

    await page.goForward();
    await waitForScrollEnd(page);
    expect(await currentHash(page)).toBe(third);
    await expectSectionAtTop(page, third);
    await expectCurrent(page, third);
  });

  test("the scroll spy follows plain scrolling", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    for (const id of [ids[1], ids[3]] as string[]) {
      // Scroll by hand (no click): the heading a little below the top of the viewport.
      await page.evaluate((id) => {
        const heading = document.getElementById(id);
        if (heading)
          window.scrollTo({
            top: window.scrollY + heading.getBoundingClientRect().top - 40,
            behavior: "instant",
          });
      }, id);
      await waitForScrollEnd(page);
      await expect
        .poll(async () => {
          const current = outline(page).locator('a[aria-current="location"]');
          return (await current.count()) === 1
            ? decodeURIComponent((await current.getAttribute("href"))?.slice(1) ?? "")
            : null;
        })
        .toBe(id);
    }
  });
});

test.describe("section outline under prefers-reduced-motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("a click jumps to the section at once, without a smooth scroll", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    const id = ids[3] as string;
    await outlineLinks(page)
      .filter({ hasText: seed.headings[3] as string })
      .click();
    // Two frames later the jump is done: nothing is left to animate.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await headingPlacement(page, id)).toBe("at top");
  });
});
