import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import {
  SKIP_LINK_TEXT,
  currentMention,
  currentHash,
  expectCurrent,
  expectSectionAtTop,
  highlightSwitch,
  openArticle,
  personCard,
  sectionIds,
  waitForScrollEnd,
} from "../support/reader";

/**
 * Presses Tab until the focused element matches `selector` (and, if given, its text contains
 * one of `texts`); returns how many presses it took. Fails early, naming the elements, when
 * focus goes round in a loop that never reaches it (a keyboard trap).
 */
async function tabTo(
  page: Page,
  selector: string,
  texts: string[] = [],
  limit = 150,
): Promise<number> {
  const visits = new Map<string, number>();
  const trail: string[] = [];
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press("Tab");
    const { reached, key, label } = await page.evaluate(
      ({ selector, texts }) => {
        const el = document.activeElement;
        const all = Array.from(document.querySelectorAll("*"));
        const key = el ? `${el.tagName}#${all.indexOf(el)}` : "none";
        const label = el
          ? `<${el.tagName.toLowerCase()}> «${(el.textContent ?? "").trim().slice(0, 30)}»`
          : "nothing";
        if (!el?.matches(selector)) return { reached: false, key, label };
        return {
          reached: texts.length === 0 || texts.some((text) => el.textContent?.includes(text)),
          key,
          label,
        };
      },
      { selector, texts },
    );
    if (reached) return presses;
    trail.push(label);
    const seen = (visits.get(key) ?? 0) + 1;
    visits.set(key, seen);
    if (seen >= 3) {
      throw new Error(
        `keyboard trap before reaching ${selector}: Tab keeps cycling through ${trail.slice(-6).join(" → ")}`,
      );
    }
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

const activeText = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

test.describe("keyboard only (desktop)", () => {
  test("Tab reaches the skip link first, and Enter moves focus into main", async ({ page }) => {
    await openArticle(page);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, text: el?.textContent?.trim(), href: el?.getAttribute("href") };
    });
    expect(focused).toEqual({ tag: "A", text: SKIP_LINK_TEXT, href: "#main" });
    await expect(page.getByRole("link", { name: SKIP_LINK_TEXT })).toBeInViewport();

    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("main#main"))), {
        message: "focus is in main",
      })
      .toBe(true);
    // And the next Tab continues from there, not from the top of the page.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main#main") !== null)).toBe(
      true,
    );
  });

  test("Tab to the outline and Enter on a link goes to that section", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    await tabTo(page, 'nav[aria-label="فهرس المقال"] a[href^="#"]');
    const wanted = seed.headings[2] as string;
    for (let i = 0; i < 10 && (await activeText(page)) !== wanted; i += 1)
      await page.keyboard.press("Tab");
    expect(await activeText(page)).toBe(wanted);

    await page.keyboard.press("Enter");
    await waitForScrollEnd(page);
    const id = ids[2] as string;
    expect(await currentHash(page)).toBe(id);
    await expectSectionAtTop(page, id);
    await expectCurrent(page, id);
    expect(
      await page.evaluate(
        (id) =>
          document.activeElement === document.getElementById(id) ||
          Boolean(document.getElementById(id)?.contains(document.activeElement)),
        id,
      ),
    ).toBe(true);
  });

  test("Tab to a mention shows its card; Escape hides it", async ({ page }) => {
    await openArticle(page);
    await tabTo(page, "[data-person]");
    const name = await page.evaluate(() => {
      const id = (document.activeElement as HTMLElement | null)?.dataset.person;
      return id ?? "";
    });
    expect(name).not.toBe("");
    const card = personCard(page);
    await expect(card).toHaveCount(1);
    // The first mention in reading order is in the title: الأسد of نظام الأسد.
    await expect(card).toContainText(/بشار الأسد|بشّار الأسد/);
    await expect(card.getByRole("button", { name: /التالي|التالية/ })).toBeVisible();
    await expect(card.getByRole("button", { name: /السابق|السابقة/ })).toBeVisible();

    // Content shown on focus must be dismissible without moving focus (WCAG 1.4.13).
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
  });

  test("Enter on a mention opens its card; its next button moves to the next mention", async ({
    page,
  }) => {
    await openArticle(page);
    await tabTo(page, "[data-person]");
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.person ?? "",
    );
    expect(await currentMention(page, id)).toEqual({ index: 0, inView: true });

    await page.keyboard.press("Enter");
    const card = personCard(page);
    await expect(card).toHaveCount(1);
    // Focus is in the card now; reach its "next" button by keyboard.
    const next = card.getByRole("button", { name: /التالي|التالية/ });
    for (
      let i = 0;
      i < 5 && !(await next.evaluate((el) => el === document.activeElement));
      i += 1
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await waitForScrollEnd(page);
    await expect.poll(() => currentMention(page, id)).toEqual({ index: 1, inView: true });
  });

  test("the people panel's toggles work with Enter and Space", async ({ page }) => {
    await openArticle(page);
    await tabTo(page, "button[aria-pressed]", Object.keys(seed.people));
    const toggle = page.locator(":focus");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  test("the highlight switch works with Space", async ({ page }) => {
    await openArticle(page);
    await tabTo(page, '[role="switch"]');
    await expect(highlightSwitch(page)).toBeFocused();
    await expect(highlightSwitch(page)).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("Space");
    await expect(highlightSwitch(page)).toHaveAttribute("aria-checked", "false");
    await page.keyboard.press("Space");
    await expect(highlightSwitch(page)).toHaveAttribute("aria-checked", "true");
  });

  test("focus is always visible", async ({ page }) => {
    await openArticle(page);
    // Walk the first 40 stops: each focused element must draw a focus indicator.
    const missing: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press("Tab");
      const report = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const ringed = style.boxShadow !== "none";
        return outlined || ringed
          ? null
          : `<${el.tagName.toLowerCase()}> «${(el.textContent ?? "").trim().slice(0, 40)}»`;
      });
      if (report) missing.push(report);
    }
    expect(missing).toEqual([]);
  });
});
