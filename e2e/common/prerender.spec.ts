/**
 * Prerendered pages: the built HTML is the page before any JavaScript runs, the
 * app adopts it without a hydration mismatch and without fetching what the page embeds,
 * client-side navigation still goes through the network, and nothing moves on load.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { articlePath, seed } from "../support/seed";

const articleJson = `/articles/${seed.slug}.json`;
const HYDRATION = /hydrat|did not match|didn't match|mismatch/i;

/** Every console message of any type, for the hydration check (the guard only sees errors). */
function recordConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Paths the page requested, in order. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** React has taken over the markup: its fiber is on the elements of the page. */
async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
  }, selector);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article page is the whole article: title, headings, outline, people, laid out", async ({
    page,
  }, testInfo) => {
    const requests = recordRequests(page);
    await page.goto(articlePath);
    await expect(page).toHaveTitle(seed.title);
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    for (const heading of seed.headings) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toHaveCount(1);
    }
    // The outline links to every sub-heading, by its id.
    const outlineLinks = page.locator('nav a[href^="#"]');
    expect(await outlineLinks.count()).toBeGreaterThanOrEqual(seed.headings.length);
    await expect(page.locator("main [data-person]")).toHaveCount(seed.totalMentions);
    expect(await page.locator("main p").count()).toBeGreaterThanOrEqual(seed.paragraphs);
    expect(requests).not.toContain(articleJson);

    // Laid out: the title sits in a column of readable width inside the viewport.
    const viewport = page.viewportSize()!;
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    expect(title.width).toBeGreaterThan(Math.min(280, viewport.width * 0.7));
    expect(title.x).toBeGreaterThanOrEqual(0);
    expect(title.x + title.width).toBeLessThanOrEqual(viewport.width + 1);
    await page.screenshot({
      path: `test-results/screenshots/prerender-no-js-${testInfo.project.name}.png`,
    });
  });

  test("the outline works as plain links, and no button that needs the script is shown", async ({
    page,
  }) => {
    await page.goto(articlePath);
    const outline = page.getByRole("navigation", { name: "فهرس المقال" });
    await expect(outline).toBeVisible();
    await expect(page.getByRole("button", { name: "فهرس المقال" })).toBeHidden();
    await expect(page.getByRole("button", { name: "إعدادات القراءة" })).toBeHidden();
    const last = outline.locator('a[href^="#"]').last();
    const target = ((await last.getAttribute("href")) ?? "").slice(1);
    await last.click();
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(target)}$`));
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  });

  test("the library and the 404 page are there too", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "المقالات" })).toBeVisible();
    await expect(page.getByRole("link", { name: seed.title })).toHaveAttribute("href", articlePath);

    const response = await page.goto("/404.html");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
    await expect(page).toHaveTitle("الصفحة غير موجودة — قارئ الأخبار");
  });

  test("/read is its form, ready to be filled once the script has come", async ({ page }) => {
    const response = await page.goto("/read");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "اقرأ نصّك" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "نص المقال" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "نص المقال" })).toBeDisabled();
    // Without the script it cannot parse: the page says so in a <noscript>. (Chromium with
    // scripts switched off by Playwright still parses <noscript> as text, so the markup is
    // what can be checked here.)
    expect(await response?.text()).toMatch(/<noscript><p[^>]*>تحتاج هذه الصفحة إلى جافاسكربت/);
  });
});

test.describe("with JavaScript", () => {
  test("the article page hydrates without a mismatch and without fetching its JSON", async ({
    page,
  }) => {
    const messages = recordConsole(page);
    const requests = recordRequests(page);
    await page.goto(articlePath);
    await waitForHydration(page, "h1");
    await page.waitForLoadState("networkidle");

    expect(messages.filter((m) => HYDRATION.test(m))).toEqual([]);
    expect(requests.filter((p) => p.endsWith(".json") && p.startsWith("/articles/"))).toEqual([]);
    expect(requests.filter((p) => p === articlePath)).toHaveLength(1);
    // The text is drawn in Noto Naskh Arabic: the system's copy where there is one (no
    // download), else the self-hosted file, requested once.
    const arabic400 = requests.filter((p) =>
      /noto-naskh-arabic-arabic-400-normal-[\w-]+\.woff2$/.test(p),
    );
    expect(arabic400.length).toBeLessThanOrEqual(1);
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "بشار")),
    ).toBe(true);

    // Hydrated for real: the reader reacts (an outline choice puts its section in the URL).
    await expect(page.locator("main [data-person]")).toHaveCount(seed.totalMentions);
    await expect(page).toHaveTitle(seed.title);
  });

  test("the library hydrates without its index fetch; following a link fetches the article through the app", async ({
    page,
  }) => {
    const messages = recordConsole(page);
    const requests = recordRequests(page);
    await page.goto("/");
    await waitForHydration(page, "h1");
    await page.waitForLoadState("networkidle");
    expect(requests).not.toContain("/articles/index.json");

    const before = requests.length;
    await page.getByRole("link", { name: seed.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    await expect(page).toHaveURL(articlePath);
    const after = requests.slice(before);
    // A client-side navigation: the JSON, not the article's HTML page.
    expect(after).toContain(articleJson);
    expect(after).not.toContain(articlePath);
    expect(messages.filter((m) => HYDRATION.test(m))).toEqual([]);
  });

  test("an unknown address gets the 404 page from the app, with no hydration error", async ({
    page,
  }) => {
    const messages = recordConsole(page);
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
    await expect(page).toHaveTitle("الصفحة غير موجودة — قارئ الأخبار");

    await page.goto("/404.html");
    await waitForHydration(page, "h1");
    await expect(page.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
    expect(messages.filter((m) => HYDRATION.test(m))).toEqual([]);
  });

  test("/read hydrates its prerendered form without a mismatch, and the form then takes text", async ({
    page,
  }) => {
    const messages = recordConsole(page);
    await page.goto("/read");
    await waitForHydration(page, "main h1");
    const box = page.getByRole("textbox", { name: "نص المقال" });
    await expect(box).toBeEnabled();
    await box.fill("عنوان");
    await expect(box).toHaveValue("عنوان");
    expect(messages.filter((m) => HYDRATION.test(m))).toEqual([]);
  });

  test("a library address with a query renders the filtered list over the prerendered one", async ({
    page,
  }) => {
    const messages = recordConsole(page);
    const requests = recordRequests(page);
    await page.goto(`/?q=${encodeURIComponent("لا شيء يطابق هذا")}`);
    await expect(
      page.getByRole("heading", { level: 2, name: /لا توجد في المكتبة مقالة تطابق/ }),
    ).toBeVisible();
    expect(requests).not.toContain("/articles/index.json");
    expect(messages.filter((m) => HYDRATION.test(m))).toEqual([]);
  });

  for (const saved of [null, { fontSize: "xl", theme: "dark" }]) {
    test(`nothing shifts while the article page loads, its fonts and its app (${saved ? "saved settings" : "default settings"})`, async ({
      page,
    }) => {
      if (saved) {
        await page.addInitScript(
          (value) => localStorage.setItem("reader-settings", value),
          JSON.stringify(saved),
        );
      }
      await page.addInitScript(() => {
        const shifts: { value: number; moved: string[] }[] = [];
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: {
              node: Node | null;
              previousRect: DOMRectReadOnly;
              currentRect: DOMRectReadOnly;
            }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            const moved = entry.sources.map(
              (s) =>
                `${s.node?.nodeName ?? "?"} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
            );
            shifts.push({ value: entry.value, moved });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(articlePath);
      await waitForHydration(page, "h1");
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => document.fonts.ready);
      // Effects after hydration (settings, scroll spy, reading bar) get a moment too.
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts,
      );
      // CLS 0 as Lighthouse reports it (three decimals). A font swap or a late panel moves
      // whole paragraphs and scores in the thousandths at least; on a loaded machine a
      // sub-pixel move was recorded twice in ~60 runs (0.0000031, what moved not caught) and
      // never in 130 runs since. Each shift is listed, with what moved, if this fails.
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.0005);
      if (saved)
        await expect(page.locator("html")).toHaveAttribute("data-font-size", saved.fontSize);
    });
  }
});
