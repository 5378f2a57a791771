import { test, expect } from "../support/fixtures";
import { articlePath, seed } from "../support/seed";
import { openArticle } from "../support/reader";

test.describe("library", () => {
  test("lists the seed article and opens it from its title", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    const main = page.locator("main#main");
    const title = main.getByRole("link", { name: seed.title, exact: true });
    await expect(title).toBeVisible();
    // Each entry shows a reading time and the people it names.
    await expect(main).toContainText(/دقيق|دقائق/);
    await expect(main).toContainText("بشار الأسد");

    await title.click();
    await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
    await expect(page).toHaveTitle(seed.title);
  });

  test("search ignores tashkeel and alef forms", async ({ page }) => {
    // The title writes التركيّة (with shadda) and أردوغان (with hamza).
    for (const query of ["الحكومة التركية", "اردوغان", "بشَّار"]) {
      await page.goto(`/?q=${encodeURIComponent(query)}`);
      await expect(
        page.locator("main#main").getByRole("link", { name: seed.title, exact: true }),
        `search for «${query}» finds the seed`,
      ).toBeVisible();
    }
  });

  test("a search without results says so", async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent("كلمة لا توجد في أي مقال")}`);
    const main = page.locator("main#main");
    await expect(main).toContainText(
      /لا توجد|لا يوجد|لم نجد|لم يُعثر|لم يعثر|لا نتائج|ليس في المكتبة|ليست في المكتبة/,
    );
    await expect(main.locator('a[href^="/articles/"]')).toHaveCount(0);
  });
});

test.describe("article page", () => {
  test("has lang, dir, the title, one h2 per section and the outline", async ({ page }) => {
    await openArticle(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await page.evaluate(() => document.title)).toBe(seed.title);
    await expect(page.locator("h1")).toHaveCount(1);

    const headings = page.locator("main h2[id]");
    await expect(headings).toHaveText([...seed.headings]);
    const ids = await headings.evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids).size, "section ids are unique").toBe(ids.length);

    // The outline links every section heading, in order, by its id.
    const nav = page.locator('nav[aria-label="فهرس المقال"]');
    await expect(nav).toHaveCount(1);
    const targets = await nav
      .locator('a[href^="#"]')
      .evaluateAll((links) =>
        links.map((a) => decodeURIComponent(a.getAttribute("href")?.slice(1) ?? "")),
      );
    expect(
      targets.filter((id) => ids.includes(id)),
      "outline links in section order",
    ).toEqual(ids);
    for (const id of targets) {
      expect(await page.locator(`[id="${id}"]`).count(), `outline target #${id} exists`).toBe(1);
    }
  });

  test("the read-also link opens the library search, which says the article is not there", async ({
    page,
  }) => {
    await openArticle(page);
    const aside = page.locator("aside[data-read-also]");
    await expect(aside).toHaveCount(1);
    await expect(aside).toContainText("اقرأ أيضاً");
    const link = aside.locator("a");
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText(seed.readAlsoTitle);

    // The read-also item stands in its place: after the fourth section's paragraph,
    // before the fifth section's heading.
    const order = await page.evaluate(() => {
      const asideEl = document.querySelector("aside[data-read-also]");
      const headings = Array.from(document.querySelectorAll("main h2[id]"));
      const follows = (a: Node, b: Node): boolean =>
        Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return asideEl && headings[3] && headings[4]
        ? { afterFourth: follows(headings[3], asideEl), beforeFifth: follows(asideEl, headings[4]) }
        : null;
    });
    expect(order).toEqual({ afterFourth: true, beforeFifth: true });

    await link.click();
    await expect(page).toHaveURL(
      (url) => url.pathname === "/" && url.searchParams.get("q") === seed.readAlsoTitle,
    );
    const main = page.locator("main#main");
    await expect(main).toContainText(
      /لا توجد|لا يوجد|لم نجد|لم يُعثر|لم يعثر|لا نتائج|ليس في المكتبة|ليست في المكتبة|غير موجود/,
    );
    await expect(
      main.locator('a[href^="/articles/"]'),
      "no article is offered as the match",
    ).toHaveCount(0);
  });
});

test.describe("not found", () => {
  test("an unknown path shows an Arabic 404 page with a way home", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const main = page.locator("main#main");
    await expect(main.getByRole("heading", { level: 1 })).toContainText(
      /غير موجود|لم نجد|لا توجد|404/,
    );
    const home = main.locator('a[href="/"]');
    await expect(home.first()).toBeVisible();
    await home.first().click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(
      page.locator("main#main").getByRole("link", { name: seed.title, exact: true }),
    ).toBeVisible();
  });

  test("an unknown article slug shows the 404 page", async ({ page, guard }) => {
    // The failed fetch of the missing JSON is the one console error this test expects.
    guard.allowConsole.push(/Failed to load resource: the server responded with a status of 404/);
    await page.goto("/articles/no-such-article");
    const main = page.locator("main#main");
    await expect(main.getByRole("heading", { level: 1 })).toContainText(
      /غير موجود|لم نجد|لا توجد|404/,
    );
    await expect(main.locator('a[href="/"]').first()).toBeVisible();
  });
});
