import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import {
  highlightSwitch,
  mentionCounts,
  mentionLooks,
  openArticle,
  paragraphBoxes,
} from "../support/reader";

test.describe("named people", () => {
  test(`the seed has ${seed.totalMentions} mentions of ${Object.keys(seed.people).length} people`, async ({
    page,
  }) => {
    await openArticle(page);
    await expect(page.locator("[data-person]")).toHaveCount(seed.totalMentions);
    const counts = await mentionCounts(page);
    expect(Object.keys(counts)).toHaveLength(Object.keys(seed.people).length);
    const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
    expect(sorted(Object.values(counts))).toEqual(sorted(Object.values(seed.people)));
    // The title's mentions are mentions too.
    await expect(page.locator("h1 [data-person]")).toHaveCount(2);
  });

  test("mentions are styled without anything that breaks Arabic joining", async ({ page }) => {
    await openArticle(page);
    const offenders = await page.locator("[data-person]").evaluateAll((mentions) =>
      mentions.flatMap((m) => {
        const style = getComputedStyle(m);
        const parent = m.parentElement ? getComputedStyle(m.parentElement) : style;
        const problems: string[] = [];
        for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
          for (const prop of [`padding${side}`, `margin${side}`, `border${side}Width`] as const) {
            if (style[prop] !== "0px") problems.push(`${prop} ${style[prop]}`);
          }
        }
        if (style.display !== "inline") problems.push(`display ${style.display}`);
        if (style.verticalAlign !== "baseline")
          problems.push(`vertical-align ${style.verticalAlign}`);
        for (const prop of [
          "fontWeight",
          "fontSize",
          "fontFamily",
          "fontStyle",
          "letterSpacing",
        ] as const) {
          if (style[prop] !== parent[prop])
            problems.push(`${prop} ${style[prop]} (text around: ${parent[prop]})`);
        }
        if (style.unicodeBidi === "isolate" || style.unicodeBidi === "isolate-override") {
          problems.push(`unicode-bidi ${style.unicodeBidi}`);
        }
        return problems.length ? [`«${m.textContent}»: ${problems.join(", ")}`] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  test("highlighting off and on leaves every paragraph box unchanged", async ({ page }) => {
    await openArticle(page);
    const toggle = highlightSwitch(page);
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-checked", "true");

    const boxesOn = await paragraphBoxes(page);
    expect(boxesOn.length).toBeGreaterThanOrEqual(seed.paragraphs);
    const looksOn = await mentionLooks(page);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    // The switch must really change how every mention looks...
    await expect
      .poll(
        async () => {
          const looksOff = await mentionLooks(page);
          return looksOff.filter((look, i) => look === looksOn[i]).length;
        },
        { message: "mentions that look the same with highlighting off" },
      )
      .toBe(0);
    // ...and nothing else: the paragraphs keep their boxes (same width, height, so same lines).
    expect(await paragraphBoxes(page)).toEqual(boxesOn);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await expect.poll(() => mentionLooks(page)).toEqual(looksOn);
    expect(await paragraphBoxes(page)).toEqual(boxesOn);
  });
});
