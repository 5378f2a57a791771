import { test, expect } from "../support/fixtures";
import { seed } from "../support/seed";
import {
  countPattern,
  currentMention,
  mentionLooks,
  openArticle,
  outline,
  paragraphBoxes,
  peoplePanel,
  personCard,
  personIdWithMentions,
  sectionIds,
  waitForScrollEnd,
  expectSectionAtTop,
} from "../support/reader";

const ASSAD = "بشار الأسد";

test.describe("people panel (desktop)", () => {
  test("lists each person with a toggle, role and count", async ({ page }) => {
    await openArticle(page);
    const panel = peoplePanel(page);
    await expect(panel).toBeVisible();
    const toggles = panel.locator("button[aria-pressed]");
    await expect(toggles).toHaveCount(Object.keys(seed.people).length);
    for (const [name, count] of Object.entries(seed.people)) {
      const toggle = panel.getByRole("button", { name: new RegExp(name) });
      await expect(toggle, `a toggle for ${name}`).toHaveAttribute("aria-pressed", "false");
      // The count is shown next to the name.
      await expect(panel.locator("li").filter({ hasText: name }).first()).toContainText(
        countPattern(count),
      );
    }
    await expect(panel).toContainText("وزير الخارجيّة الروسي");
    await expect(panel).toContainText("نائب وزير الخارجيّة الروسي");
    await expect(panel).toContainText("الرئيس التركي");
  });

  test(`steps through ${ASSAD}'s ${seed.people[ASSAD]} mentions`, async ({ page }) => {
    await openArticle(page);
    const id = await personIdWithMentions(page, seed.people[ASSAD]);
    const panel = peoplePanel(page);
    const toggle = panel.getByRole("button", { name: new RegExp(ASSAD) });

    const looksBefore = await mentionLooks(page);
    const boxesBefore = await paragraphBoxes(page);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    // Choosing him marks all his mentions, and they then stand out from everyone else's.
    const his = await page.evaluate(
      (id) =>
        Array.from(document.querySelectorAll<HTMLElement>("[data-person]")).map(
          (m) => m.dataset.person === id,
        ),
      id,
    );
    await expect
      .poll(
        async () => {
          const looks = await mentionLooks(page);
          const unchanged = looks.filter((look, i) => his[i] && look === looksBefore[i]).length;
          const others = new Set(looks.filter((_, i) => !his[i]));
          const lookAlikes = looks.filter((look, i) => his[i] && others.has(look)).length;
          return { unchanged, lookAlikes };
        },
        { message: "his mentions all change and differ from the others" },
      )
      .toEqual({ unchanged: 0, lookAlikes: 0 });
    // Marking changes no paragraph box either.
    expect(await paragraphBoxes(page)).toEqual(boxesBefore);

    const next = panel.getByRole("button", { name: /التالي|التالية/ });
    const previous = panel.getByRole("button", { name: /السابق|السابقة/ });
    await expect(next).toBeVisible();
    await expect(previous).toBeVisible();

    const visited: number[] = [];
    const first = await currentMention(page, id);
    if (first.index >= 0) visited.push(first.index);
    while (visited.length < seed.people[ASSAD]) {
      await next.click();
      await waitForScrollEnd(page);
      const step = await currentMention(page, id);
      expect(step.inView, `mention ${step.index + 1} is scrolled into view`).toBe(true);
      visited.push(step.index);
    }
    expect(visited, "each step goes to the next mention, in reading order").toEqual([
      ...Array(seed.people[ASSAD]).keys(),
    ]);

    await previous.click();
    await waitForScrollEnd(page);
    const back = await currentMention(page, id);
    expect(back.index).toBe(seed.people[ASSAD] - 2);
    expect(back.inView).toBe(true);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => mentionLooks(page)).toEqual(looksBefore);
  });

  test("the who-appears-where strip jumps to a section", async ({ page }) => {
    await openArticle(page);
    const ids = await sectionIds(page);
    // The strip is people × sections: a control per cell that takes the reader to a section.
    const strip = page
      .locator('[data-people-strip], table, [role="grid"], [role="table"]')
      .filter({ hasText: ASSAD })
      .first();
    await expect(strip).toBeVisible();
    const targetId = ids[4] as string;
    const cell = strip
      .locator(`a[href="#${targetId}"], button[data-section="${targetId}"]`)
      .first();
    await cell.click();
    await waitForScrollEnd(page);
    await expectSectionAtTop(page, targetId);
    await expect(outline(page).locator('a[aria-current="location"]')).toHaveAttribute(
      "href",
      `#${targetId}`,
    );
  });
});

test.describe("person card (desktop)", () => {
  test("hovering a mention shows the card with name, role, count and previous/next", async ({
    page,
  }) => {
    await openArticle(page);
    // Several people have two mentions: find بوغدانوف's by his text.
    const first = page.locator("[data-person]").filter({ hasText: "ميخائيل بوغدانوف" }).first();
    const personId = await first.getAttribute("data-person");
    expect(personId).toBeTruthy();
    await first.hover();
    const card = personCard(page);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("ميخائيل بوغدانوف");
    await expect(card).toContainText("نائب وزير الخارجيّة الروسي");
    await expect(card).toContainText(countPattern(2));
    const next = card.getByRole("button", { name: /التالي|التالية/ });
    await expect(card.getByRole("button", { name: /السابق|السابقة/ })).toBeVisible();
    await next.click();
    await waitForScrollEnd(page);
    await expect
      .poll(() => currentMention(page, personId ?? ""))
      .toEqual({ index: 1, inView: true });
  });
});
