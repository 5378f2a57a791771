import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import { chooseTheme, openArticle, waitForScrollEnd, type Theme } from "../support/reader";

/** Full-page PNGs for a person to look at: test-results/screenshots/<page>-<project>-<theme>.png */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // No focus ring or hover state left over from the test's own moves in the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await waitForScrollEnd(page);
  const path = `test-results/screenshots/${name}.png`;
  const png = await page.screenshot({ path, fullPage: true, animations: "disabled" });
  expect(png.byteLength, `${path} is a real image`).toBeGreaterThan(10_000);
}

for (const theme of ["light", "dark"] satisfies Theme[]) {
  test(`screenshots of the article and the library, ${theme} theme`, async ({ page }, testInfo) => {
    const suffix = `${testInfo.project.name}-${theme}`;
    await openArticle(page);
    await chooseTheme(page, theme);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await shoot(page, `article-${suffix}`);

    // The theme is kept: the library opens in it too.
    await page.goto("/");
    await expect(page.getByRole("link", { name: seed.title, exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await shoot(page, `library-${suffix}`);
  });
}
