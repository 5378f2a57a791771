import { test, expect } from "../support/fixtures";
import { articlePath, seed } from "../support/seed";

// "سمرقند" stands once in the seed's body ("… العاصمة الأوزباكستانيّة سمرقند."), never in its title.
const BODY_WORD = "سمرقند";

test.describe("full-text search", () => {
  for (const query of [BODY_WORD, `وب${BODY_WORD}`, "سَمَرْقَنْد"]) {
    test(`finds a word of the body only: «${query}»`, async ({ page }) => {
      expect(seed.title).not.toContain(BODY_WORD);
      await page.goto("/");
      await page.getByRole("searchbox").fill(query);
      const main = page.locator("main#main");
      const result = main.getByRole("link", { name: seed.title, exact: true });
      await expect(result).toBeVisible();
      await expect(page).toHaveURL((url) => url.searchParams.get("q") === query);
      const mark = main.locator("[data-snippet] mark");
      await expect(mark.first()).toHaveText(BODY_WORD);
    });
  }

  test("keeps the query across a reload and opens the result", async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(`ب${BODY_WORD}`)}`);
    await page.reload();
    const main = page.locator("main#main");
    await expect(page.getByRole("searchbox")).toHaveValue(`ب${BODY_WORD}`);
    await expect(main.locator("[data-snippet] mark")).toHaveText(BODY_WORD);
    await main.getByRole("link", { name: seed.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
  });
});
