import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import { openArticle, outline, peoplePanel, waitForApp } from "../support/reader";

const articleJson = `**/articles/${seed.slug}.json`;

/**
 * The article page is prerendered with its data: it fetches no JSON on a first
 * load. Its file is fetched when a link leads to it from another page, so open it from the
 * library, as a reader does.
 */
async function openArticleFromLibrary(page: Page): Promise<void> {
  await page.goto("/");
  // The app's link (a client-side navigation that fetches the JSON), not the plain one.
  await waitForApp(page);
  await page.getByRole("link", { name: seed.title }).click();
}

test.describe("loading failures", () => {
  test("a failed article fetch says so in Arabic, and the retry button really retries", async ({
    page,
    guard,
  }) => {
    guard.allowConsole.push(/Failed to load resource: the server responded with a status of 500/);
    let failing = true;
    await page.route(articleJson, (route) =>
      failing ? route.fulfill({ status: 500, body: "server down" }) : route.fallback(),
    );
    await openArticleFromLibrary(page);
    const alert = page.getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/تعذّر|تعذر|خطأ/);
    await expect(page.locator("main#main [data-person]")).toHaveCount(0);

    failing = false;
    await page.getByRole("button", { name: /أعد المحاولة|إعادة المحاولة/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    await expect(page.locator("[data-person]")).toHaveCount(seed.totalMentions);
  });

  test("an article file that breaks the schema is refused with a clear message, not half-shown", async ({
    page,
  }) => {
    await page.route(articleJson, (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ schemaVersion: 1, slug: seed.slug }),
      }),
    );
    await openArticleFromLibrary(page);
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("alert")).toContainText(/تعذّر|تعذر/);
    await expect(page.getByRole("button", { name: /أعد المحاولة|إعادة المحاولة/ })).toBeVisible();
  });
});

test.describe("print", () => {
  test("prints the article alone: title, headings and text, without outline, panels or header", async ({
    page,
  }) => {
    await openArticle(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("h1")).toBeVisible();
    for (const heading of await page.locator("main h2[id]").all())
      await expect(heading).toBeVisible();
    for (const paragraph of await page.locator("article p").all())
      await expect(paragraph).toBeVisible();
    await expect(outline(page)).toBeHidden();
    await expect(peoplePanel(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "إعدادات القراءة" })).toBeHidden();
    await expect(page.getByRole("switch")).toBeHidden();
  });
});

test.describe("reader settings", () => {
  test("font size has at least three steps, changes the text, and is kept after a reload", async ({
    page,
  }) => {
    await openArticle(page);
    const size = (): Promise<number> =>
      page
        .locator("article p")
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const menu = page.getByRole("button", { name: "إعدادات القراءة" });
    await menu.click();
    const sizes = page.getByRole("group", { name: "حجم الخط" }).getByRole("radio");
    expect(await sizes.count()).toBeGreaterThanOrEqual(3);

    const before = await size();
    await page.getByRole("radio", { name: "كبير", exact: true }).check();
    await expect.poll(size).toBeGreaterThan(before);
    const larger = await size();
    await page.keyboard.press("Escape");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    expect(await size()).toBe(larger);
  });
});
