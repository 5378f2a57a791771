import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import { chooseTheme, openArticle, type Theme } from "../support/reader";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** axe's violations as one readable line per failing node. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "?"}): ${node.target.join(" ")} — ${node.failureSummary?.replace(/\s+/g, " ") ?? violation.help}`,
    ),
  );
}

test.describe("axe-core finds no violations", () => {
  test("on the library", async ({ newContext }) => {
    const page = await (await newContext()).newPage();
    await page.goto("/");
    await expect(page.getByRole("link", { name: seed.title, exact: true })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("on a library search without results", async ({ newContext }) => {
    const page = await (await newContext()).newPage();
    await page.goto(`/?q=${encodeURIComponent(seed.readAlsoTitle)}`);
    await expect(page.locator("main#main")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });

  for (const theme of ["light", "sepia", "dark"] satisfies Theme[]) {
    test(`on the article, ${theme} theme`, async ({ newContext }) => {
      const page = await (await newContext()).newPage();
      await openArticle(page);
      await chooseTheme(page, theme);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      // Colours change with a 150 ms transition: axe must read the theme's colours, not a
      // mix of two themes half-way (which failed the contrast check now and then).
      await page.evaluate(() =>
        Promise.allSettled(document.getAnimations().map((a) => a.finished)),
      );
      expect(await violations(page)).toEqual([]);
    });
  }

  test("on the 404 page", async ({ newContext }) => {
    const page = await (await newContext()).newPage();
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
