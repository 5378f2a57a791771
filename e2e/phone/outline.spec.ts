import type { Locator, Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import {
  currentHash,
  expectCurrent,
  expectSectionAtTop,
  openArticle,
  outlineLinks,
  personCard,
  sectionIds,
  waitForScrollEnd,
} from "../support/reader";

/** The disclosure button that opens the outline on phones. */
const outlineButton = (page: Page): Locator =>
  page
    .locator("button[aria-expanded]")
    .filter({ hasText: /فهرس|الأقسام|أقسام|المحتويات|محتوى المقال/ });

const noSideways = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe("phone (390×844)", () => {
  test("the outline hides behind its button, opens, and closes after a choice", async ({
    page,
  }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    const button = outlineButton(page);
    await expect(button).toHaveCount(1);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    for (const link of await outlineLinks(page).all()) await expect(link).toBeHidden();

    await button.tap();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    for (const link of await outlineLinks(page).all()) await expect(link).toBeVisible();

    const index = 3;
    await outlineLinks(page)
      .filter({ hasText: seed.headings[index] as string })
      .tap();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    for (const link of await outlineLinks(page).all()) await expect(link).toBeHidden();
    await waitForScrollEnd(page);
    const id = ids[index] as string;
    expect(await currentHash(page)).toBe(id);
    await expectSectionAtTop(page, id);
    await expectCurrent(page, id);
  });

  test("the button steps aside while the reader reads down, and is back on a scroll up or after a choice", async ({
    page,
  }) => {
    await openArticle(page);
    const button = outlineButton(page);
    const onScreen = async () => {
      const box = await button.boundingBox();
      return box !== null && box.y + box.height <= page.viewportSize()!.height;
    };
    expect(await onScreen()).toBe(true);

    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 700);
    await expect.poll(onScreen, { message: "tucked away while reading down" }).toBe(false);
    await page.mouse.wheel(0, -150);
    await expect.poll(onScreen, { message: "back on a scroll up" }).toBe(true);

    // A section chosen in the outline moves the page by itself: the button stays.
    await button.tap();
    await outlineLinks(page)
      .filter({ hasText: seed.headings[4] as string })
      .tap();
    await waitForScrollEnd(page);
    expect(await onScreen()).toBe(true);
  });

  test("every outline link works from the disclosure", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    for (const [index, id] of ids.entries()) {
      await outlineButton(page).tap();
      await outlineLinks(page)
        .filter({ hasText: seed.headings[index] as string })
        .tap();
      await waitForScrollEnd(page);
      expect(await currentHash(page)).toBe(id);
      await expectSectionAtTop(page, id);
      await expectCurrent(page, id);
    }
  });

  test("nothing scrolls sideways on the library and the article", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: seed.title, exact: true })).toBeVisible();
    expect(await noSideways(page), "library wider than the screen by").toBeLessThanOrEqual(0);
    await openArticle(page);
    expect(await noSideways(page), "article wider than the screen by").toBeLessThanOrEqual(0);
  });

  test("tapping a mention shows its card", async ({ page }) => {
    await openArticle(page);
    const mention = page.locator("main [data-person]").filter({ hasText: "هاكان فيدان" }).last();
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    const card = personCard(page);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("هاكان فيدان");
    await expect(card).toContainText("رئيس المُخابرات التركيّة");
    await expect(card).toBeInViewport({ ratio: 1 });
  });
});
