/** Shared moves and measurements for the reader specs. */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { articlePath, seed } from "./seed";

export const OUTLINE_LABEL = "فهرس المقال";
export const PEOPLE_PANEL_LABEL = "الأشخاص في المقال";
export const HIGHLIGHT_SWITCH_LABEL = "إبراز الأسماء";
export const SKIP_LINK_TEXT = "تخطَّ إلى المحتوى";

// A CSS locator, not getByRole: on phones the collapsed outline is hidden, and role locators
// skip hidden elements, yet its links (and their aria-current) are still part of the contract.
export const outline = (page: Page): Locator => page.locator(`nav[aria-label="${OUTLINE_LABEL}"]`);
export const outlineLinks = (page: Page): Locator => outline(page).locator('a[href^="#"]');

/**
 * Waits until the app has taken over the page's markup. A prerendered page is on screen
 * before the app starts (it is asked for after the first paint), so a click in between
 * reaches plain markup, as a reader's would. React marks each element it adopts; the
 * page's heading is among the last, inside the layout's Suspense boundary.
 */
export async function waitForApp(page: Page): Promise<void> {
  // The page's own heading, not the layout: a lazily loaded page (the library, /read) is
  // adopted by React only once its code has come, and until then its links are plain ones.
  await page.waitForFunction(() => {
    const heading = document.querySelector("main h1");
    return heading !== null && Object.keys(heading).some((key) => key.startsWith("__reactFiber"));
  });
}

/** Opens the seed article and waits until its text (not a skeleton) is there and the app runs. */
export async function openArticle(page: Page, hash = ""): Promise<void> {
  await page.goto(articlePath + hash);
  await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
  await waitForApp(page);
  await page.evaluate(() => document.fonts.ready);
}

/** The section id a `#…` outline link points to, percent-decoded. */
export async function linkTarget(link: Locator): Promise<string> {
  const href = await link.getAttribute("href");
  if (!href?.startsWith("#")) throw new Error(`outline link without a #hash: ${href}`);
  return decodeURIComponent(href.slice(1));
}

/** The section ids of the outline links, in order, for the five sub-headed sections. */
export async function sectionIds(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (const heading of seed.headings) {
    const link = outlineLinks(page).filter({ hasText: heading });
    await expect(link, `one outline link for «${heading}»`).toHaveCount(1);
    ids.push(await linkTarget(link));
  }
  return ids;
}

export const currentHash = (page: Page): Promise<string> =>
  page.evaluate(() => decodeURIComponent(location.hash.slice(1)));

/**
 * How a count is written: digits (Western or Arabic-Indic), or for one and two the Arabic
 * words (إشارة واحدة، إشارتان).
 */
export function countPattern(count: number): RegExp {
  const digits = `(?:^|\\D)(?:${count}|${count.toLocaleString("ar-EG")})(?:\\D|$)`;
  if (count === 1) return new RegExp(`${digits}|واحدة?`);
  if (count === 2) return new RegExp(`${digits}|(?:تان|تين|اثنان|اثنين)(?:\\s|$)`);
  return new RegExp(digits);
}

/** Resolves once window.scrollY has not moved for ten frames (smooth scrolls included). */
export async function waitForScrollEnd(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const started = performance.now();
        const tick = (): void => {
          if (Math.abs(window.scrollY - last) < 0.5) still += 1;
          else {
            still = 0;
            last = window.scrollY;
          }
          if (still >= 10 || performance.now() - started > 5000) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Where the heading of section `id` sits: "at top" when it is fully visible, starts within the
 * top 15% of the viewport (room for a sticky header), and nothing covers it; otherwise why not.
 */
export function headingPlacement(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    if (!target) return `no element with id "${id}"`;
    const heading = /^H[1-6]$/.test(target.tagName)
      ? target
      : target.querySelector("h1, h2, h3, h4, h5, h6");
    if (!heading) return `#${id} holds no heading`;
    const box = heading.getBoundingClientRect();
    const limit = window.innerHeight * 0.15;
    if (box.top < -1) return `heading top ${box.top.toFixed(1)} px is above the viewport`;
    if (box.top > limit)
      return `heading top ${box.top.toFixed(1)} px is below the top 15% (${limit.toFixed(0)} px)`;
    if (box.bottom > window.innerHeight)
      return `heading bottom ${box.bottom.toFixed(1)} px is below the viewport`;
    const x = box.left + box.width / 2;
    for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !heading.contains(hit)) {
        return `heading covered at y=${y.toFixed(0)} by <${hit?.tagName.toLowerCase()} class="${hit?.getAttribute("class") ?? ""}">`;
      }
    }
    return "at top";
  }, id);
}

export async function expectSectionAtTop(page: Page, id: string): Promise<void> {
  await expect
    .poll(() => headingPlacement(page, id), { message: `heading of #${id} at the top` })
    .toBe("at top");
}

/** The one outline link marked aria-current="location", as its decoded target id. */
export async function expectCurrent(page: Page, id: string): Promise<void> {
  const current = outline(page).locator('a[aria-current="location"]');
  await expect(current, `exactly one outline link is current (#${id})`).toHaveCount(1);
  expect(await linkTarget(current)).toBe(id);
}

export const peoplePanel = (page: Page): Locator =>
  page
    .getByRole("region", { name: PEOPLE_PANEL_LABEL })
    .or(page.getByRole("complementary", { name: PEOPLE_PANEL_LABEL }));

export const highlightSwitch = (page: Page): Locator =>
  page.getByRole("switch", { name: HIGHLIGHT_SWITCH_LABEL });

export type Theme = "light" | "sepia" | "dark";
const THEME_LABELS: Record<Theme, string> = { light: "فاتح", sepia: "ورقي", dark: "داكن" };

/** Chooses a theme through the reader settings menu, as a reader would. */
export async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  const menuButton = page.getByRole("button", { name: "إعدادات القراءة" });
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("radio", { name: THEME_LABELS[theme], exact: true }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  // Close the menu again (Escape returns focus to its button), so it does not cover the page.
  await page.keyboard.press("Escape");
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
}

/** The card a mention shows on hover, focus or tap. */
export const personCard = (page: Page): Locator =>
  page.locator('[role="tooltip"], [role="dialog"], [data-person-card]').filter({ visible: true });

/** Mentions per person id, in document order. */
export function mentionCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-person]"))) {
      const id = el.dataset.person ?? "";
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/** The id of the person with exactly `mentions` mentions (unique on the seed for 1, 3 and 12). */
export async function personIdWithMentions(page: Page, mentions: number): Promise<string> {
  const ids = Object.entries(await mentionCounts(page))
    .filter(([, count]) => count === mentions)
    .map(([id]) => id);
  expect(ids, `one person with ${mentions} mentions`).toHaveLength(1);
  return ids[0] as string;
}

/**
 * Which of person `id`'s mentions (document order) the reader is on: the focused one, or else the
 * one marked current; -1 when none. Also whether it is inside the viewport.
 */
export function currentMention(
  page: Page,
  id: string,
): Promise<{ index: number; inView: boolean }> {
  return page.evaluate((id) => {
    const mentions = Array.from(
      document.querySelectorAll<HTMLElement>(`[data-person="${CSS.escape(id)}"]`),
    );
    const active = document.activeElement;
    let index = mentions.findIndex((m) => active !== null && (m === active || m.contains(active)));
    if (index < 0) {
      index = mentions.findIndex(
        (m) =>
          m.hasAttribute("aria-current") ||
          m.hasAttribute("data-current") ||
          m.dataset.active === "current",
      );
    }
    const mention = mentions[index];
    if (!mention) return { index: -1, inView: false };
    const box = mention.getBoundingClientRect();
    return {
      index,
      inView:
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        box.left >= 0 &&
        box.right <= window.innerWidth,
    };
  }, id);
}

/** Rendered boxes of every `article p`, rounded to 1/100 px. */
export function paragraphBoxes(
  page: Page,
): Promise<{ width: number; height: number; text: string }[]> {
  return page.locator("article p").evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const box = p.getBoundingClientRect();
      return {
        width: Math.round(box.width * 100) / 100,
        height: Math.round(box.height * 100) / 100,
        text: (p.textContent ?? "").slice(0, 30),
      };
    }),
  );
}

/** How each mention looks: what highlighting may change (colour, background, underline). */
export function mentionLooks(page: Page): Promise<string[]> {
  return page.locator("[data-person]").evaluateAll((mentions) =>
    mentions.map((m) => {
      const style = getComputedStyle(m);
      return [
        style.color,
        style.backgroundColor,
        style.textDecorationLine,
        style.textDecorationColor,
        style.boxShadow,
      ].join(" | ");
    }),
  );
}
