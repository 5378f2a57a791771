/**
 * Network faults, produced by request interception in Chromium, on the
 * article JSON and on the library index. The first page of a visit is prerendered (its data
 * is in the HTML, nothing to fetch), so each fault hits a client-side navigation: library →
 * article, and article → library. Each must give its own Arabic sentence, never a blank page
 * or a console error of the app's, and a retry that works once the fault is gone. The
 * service worker controls the page first: faults must reach the app through it.
 */
import { test, expect } from "./support/fixtures";
import { articlePath, seed } from "./support/seed";
import {
  ARTICLE_JSON,
  articleTitle,
  expectNotBlank,
  FAULTS,
  FETCH_TIMEOUT_MS,
  homeLink,
  LIBRARY_JSON,
  libraryLink,
  openArticlePage,
  openLibrary,
  retryButton,
  waitForServiceWorker,
} from "./support/trust";

/**
 * A fetch, the schema's own file loaded with the first one, a render: on a machine shared
 * with other jobs that can take longer than the default 7 s expectation.
 */
const SLOW = { timeout: 20_000 };

test.describe("a fault on the article JSON, on the way from the library", () => {
  for (const fault of FAULTS) {
    test(fault.name, async ({ page, context, guard }) => {
      guard.allowConsole.push(...fault.browserLogs);
      // Time flows as usual; the timeout case moves it on instead of waiting 10 s.
      await page.clock.install();
      await openLibrary(page);
      await waitForServiceWorker(page);

      const stop = await fault.start(page, context, ARTICLE_JSON);
      await libraryLink(page).click();
      if (fault.name.startsWith("no answer")) {
        await expect(page.locator("main#main")).toHaveAttribute("aria-busy", "true");
        await page.clock.fastForward(FETCH_TIMEOUT_MS);
      }
      await expect(page.locator("main#main")).toContainText(fault.message.article, SLOW);
      await expect(
        page.locator("main#main [data-person]"),
        "nothing of the article is half-shown",
      ).toHaveCount(0);
      await expectNotBlank(page);
      await stop();

      if (fault.name === "HTTP 404") {
        // A missing file is the article's 404 page, which leads back; following the link again works.
        await expect(retryButton(page)).toHaveCount(0);
        await page.locator("main#main").getByRole("link", { name: "العودة إلى المكتبة" }).click();
        await libraryLink(page).click();
      } else {
        await expect(page.getByRole("alert")).toContainText(fault.message.article);
        await retryButton(page).click();
      }
      await expect(articleTitle(page)).toBeVisible(SLOW);
      await expect(page.locator("main#main [data-person]")).toHaveCount(seed.totalMentions);
      await expect(page.getByRole("alert")).toHaveCount(0);
    });
  }
});

test.describe("a fault on the library index, on the way from an article", () => {
  for (const fault of FAULTS) {
    test(fault.name, async ({ page, context, guard }) => {
      guard.allowConsole.push(...fault.browserLogs);
      await page.clock.install();
      await openArticlePage(page);
      await waitForServiceWorker(page);

      const stop = await fault.start(page, context, LIBRARY_JSON);
      await homeLink(page).click();
      if (fault.name.startsWith("no answer")) {
        await expect(page.locator("main#main")).toHaveAttribute("aria-busy", "true");
        await page.clock.fastForward(FETCH_TIMEOUT_MS);
      }
      await expect(page.getByRole("alert")).toContainText(fault.message.library, SLOW);
      await expect(
        page.getByRole("heading", { level: 1, name: "تعذّر تحميل المكتبة" }),
      ).toBeVisible();
      await expectNotBlank(page);
      await stop();

      await retryButton(page).click();
      await expect(libraryLink(page)).toBeVisible(SLOW);
      await expect(page.getByRole("alert")).toHaveCount(0);
    });
  }
});

test("each fault has its own sentence", () => {
  for (const resource of ["article", "library"] as const) {
    const messages = FAULTS.map((fault) => fault.message[resource].source);
    expect(new Set(messages).size, `${resource}: ${messages.join(" | ")}`).toBe(FAULTS.length);
  }
});

test.describe("addresses that lead nowhere", () => {
  test("an unknown slug gives the 404 page, with a way home", async ({ page, guard }) => {
    guard.allowConsole.push(/Failed to load resource: the server responded with a status of 404/);
    await page.goto("/articles/no-such-article");
    await expect(page.getByRole("heading", { level: 1, name: "لم نجد هذه المقالة" })).toBeVisible();
    await expectNotBlank(page);
    await page.locator("main#main").getByRole("link", { name: "العودة إلى المكتبة" }).click();
    await expect(libraryLink(page)).toBeVisible();
  });

  test("a slug that cannot name a file gives the 404 page without a request", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes(".json")) requested.push(request.url());
    });
    await page.goto("/articles/..%2Findex");
    await expect(page.getByRole("heading", { level: 1, name: /لم نجد|غير موجودة/ })).toBeVisible();
    expect(requested).toEqual([]);
  });

  test("an unknown slug reached by a client-side navigation gives the 404 page too", async ({
    page,
    guard,
  }) => {
    guard.allowConsole.push(/Failed to load resource: the server responded with a status of 404/);
    await openLibrary(page);
    // As a link with a stale address would: the router navigates, the loader finds no file.
    await page.evaluate(() => {
      history.pushState(null, "", "/articles/gone-article");
      dispatchEvent(new PopStateEvent("popstate"));
    });
    await expect(page.getByRole("heading", { level: 1, name: "لم نجد هذه المقالة" })).toBeVisible();
    await expectNotBlank(page);
  });

  test("an unknown #hash opens the article at its top, without an error", async ({ page }) => {
    await page.goto(`${articlePath}#${encodeURIComponent("قسم-لا-وجود-له")}`);
    await expect(articleTitle(page)).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(2);
    await expect(page.locator("main#main [data-person]")).toHaveCount(seed.totalMentions);
    // And a link to it on a page already open changes nothing either.
    await page.evaluate(() => {
      location.hash = "#another-missing-section";
    });
    await expect(articleTitle(page)).toBeInViewport();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});
