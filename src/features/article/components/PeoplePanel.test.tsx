import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAMPLE_PEOPLE, sampleArticle } from "../../../testing/sample-article";
import { mentionsOf, renderReader, stubBrowser } from "../../../testing/render-reader";
import type { Article } from "../../../article/schema";
import { WIDE_STRIP_SECTIONS } from "./PresenceStrip";

const { ASSAD, ERDOGAN } = SAMPLE_PEOPLE;
const panel = () => screen.getByRole("complementary", { name: "الأشخاص في المقال" });
/** By text rather than by accessible name: naming every button of the panel is slow in jsdom. */
function toggleFor(name: string): HTMLElement {
  const toggle = Array.from(panel().querySelectorAll<HTMLElement>("button[aria-pressed]")).find(
    (b) => b.textContent?.includes(name),
  );
  if (!toggle) throw new Error(`no toggle for ${name}`);
  return toggle;
}

let scrollIntoView: ReturnType<typeof stubBrowser>["scrollIntoView"];
beforeEach(() => {
  ({ scrollIntoView } = stubBrowser());
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("people panel", () => {
  it("lists each person with name, role and count, as toggles, and is not printed", () => {
    renderReader();
    expect(panel()).toHaveAttribute("data-print", "hide");
    const toggles = panel().querySelectorAll("button[aria-pressed='false']");
    expect(toggles).toHaveLength(sampleArticle.people.length);
    expect(toggleFor("بشار الأسد")).toHaveAccessibleName(/^بشار الأسد/);
    expect(toggleFor("بشار الأسد")).toHaveTextContent("١٢ إشارة");
    expect(toggleFor("رجب طيب أردوغان")).toHaveTextContent("الرئيس التركي");
    expect(toggleFor("رجب طيب أردوغان")).toHaveTextContent("٣ إشارات");
    expect(toggleFor("سيرغي لافروف")).toHaveTextContent("إشارة واحدة");
    expect(toggleFor("هاكان فيدان")).toHaveTextContent("إشارتان");
  });

  it("choosing a person marks all their mentions strongly, and only theirs", async () => {
    const user = userEvent.setup();
    renderReader();
    await user.click(toggleFor("بشار الأسد"));
    expect(toggleFor("بشار الأسد")).toHaveAttribute("aria-pressed", "true");
    for (const mark of document.querySelectorAll<HTMLElement>("[data-person]")) {
      const his = mark.dataset.person === ASSAD;
      expect(mark.hasAttribute("data-active")).toBe(his);
      expect(mark.classList.contains("bg-mention-strong")).toBe(his);
      expect(mark.classList.contains("bg-mention")).toBe(!his);
    }
    await user.click(toggleFor("بشار الأسد"));
    expect(document.querySelectorAll("[data-active]")).toHaveLength(0);
  });

  it("steps through the person's mentions in reading order, 1 to n, focusing each", async () => {
    const user = userEvent.setup();
    renderReader();
    await user.click(toggleFor("بشار الأسد"));
    const assad = mentionsOf(ASSAD);
    const next = within(panel()).getByRole("button", { name: "التالي" });
    const previous = within(panel()).getByRole("button", { name: "السابق" });
    expect(panel()).toHaveTextContent("١٢ إشارة");

    for (let i = 0; i < assad.length; i += 1) {
      await user.click(next);
      expect(assad[i]).toHaveFocus();
      expect(assad[i]).toHaveAttribute("data-current", "true");
      expect(scrollIntoView.mock.contexts.at(-1)).toBe(assad[i]);
      const position = `${(i + 1).toLocaleString("ar-EG")} من ١٢`;
      expect(panel()).toHaveTextContent(position);
    }
    // The stepper shows where it is; no card covers the text meanwhile.
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(next);
    expect(assad[0]).toHaveFocus();
    await user.click(previous);
    expect(assad[11]).toHaveFocus();
    await user.click(previous);
    expect(assad[10]).toHaveFocus();
  });

  it("stepping continues from a mention focused some other way", async () => {
    const user = userEvent.setup();
    renderReader();
    await user.click(toggleFor("رجب طيب أردوغان"));
    const erdogan = mentionsOf(ERDOGAN);
    act(() => erdogan[1]!.focus());
    expect(panel()).toHaveTextContent("٢ من ٣");
    await user.click(within(panel()).getByRole("button", { name: "التالي" }));
    expect(erdogan[2]).toHaveFocus();
  });
});

describe("who-appears-where strip", () => {
  it("is a table of people × sections with each cell's count", () => {
    renderReader();
    const table = within(panel()).getByRole("table", { name: "أين يظهر كلّ شخص" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers).toHaveLength(1 + sampleArticle.sections.length);
    expect(headers[1]).toHaveTextContent("المقدّمة");
    expect(headers[2]).toHaveTextContent(sampleArticle.sections[1]!.heading!);

    const row = within(table).getByRole("row", { name: /بشار الأسد/ });
    const counts = within(row)
      .getAllByRole("cell")
      .map((cell) => within(cell).queryByRole("button")?.textContent ?? "");
    // Title mentions stand in no section: 12 − 1 = 11 across the six sections.
    expect(counts).toEqual(["١", "٢", "١", "٢", "٢", "٣"]);
  });

  it("a cell jumps to its section like the outline: hash, new entry, focus", async () => {
    const user = userEvent.setup();
    renderReader();
    const section = sampleArticle.sections[4]!;
    const before = window.history.length;
    const row = within(panel()).getByRole("row", { name: /رجب طيب أردوغان/ });
    const cell = within(row).getByRole("button", { name: new RegExp(section.heading!) });
    expect(cell).toHaveAttribute("data-section", section.id);
    await user.click(cell);
    // The move runs in short tasks after the click (mark and focus, history, scroll).
    await waitFor(() => expect(window.location.hash).toBe(`#${section.id}`));
    expect(window.history.length).toBe(before + 1);
    expect(document.getElementById(section.id)).toHaveFocus();
    expect(
      screen.getByRole("navigation", { name: "فهرس المقال" }).querySelector("[aria-current]"),
    ).toHaveAttribute("href", `#${section.id}`);
  });
});

describe("highlight switch", () => {
  it("turns highlighting off and on, changing colours only", async () => {
    const user = userEvent.setup();
    renderReader();
    const toggle = screen.getByRole("switch", { name: "إبراز الأسماء" });
    expect(toggle).toHaveAttribute("aria-checked", "true");
    const marks = () => Array.from(document.querySelectorAll<HTMLElement>("[data-person]"));
    const classesOn = marks().map((m) => m.className.split(/\s+/));
    const textOn = document.querySelector("article")!.textContent;

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-checked", "false");
    expect(marks()).toHaveLength(22);
    marks().forEach((mark, i) => {
      const classesOff = mark.className.split(/\s+/);
      const changed = [
        ...classesOn[i]!.filter((c) => !classesOff.includes(c)),
        ...classesOff.filter((c) => !classesOn[i]!.includes(c)),
      ];
      // Only background colour and the pointer change: nothing that could move a letter.
      expect(
        changed.every((c) => /^(bg-|cursor-)/.test(c)),
        changed.join(" "),
      ).toBe(true);
      expect(mark).toHaveClass("bg-transparent");
      // Plain text again: no longer a control in the tab order.
      expect(mark).not.toHaveAttribute("role");
      expect(mark).toHaveAttribute("tabindex", "-1");
    });
    expect(document.querySelector("article")!.textContent).toBe(textOn);

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-checked", "true");
    expect(marks().map((m) => m.className.split(/\s+/))).toEqual(classesOn);
  });

  it("waits, closed, behind a disclosure when the article has more sections than the panel can show", async () => {
    const user = userEvent.setup();
    const extra = Array.from({ length: WIDE_STRIP_SECTIONS }, (_, i) => ({
      id: `more-${i}`,
      heading: `قسم إضافي ${i}`,
      headingMentions: [],
      headingPosition: null,
      blocks: [],
    }));
    const wide: Article = { ...sampleArticle, sections: [...sampleArticle.sections, ...extra] };
    renderReader(wide);
    const disclosure = panel().querySelector("details");
    expect(disclosure).not.toBeNull();
    expect(disclosure).not.toHaveAttribute("open");
    const summary = within(panel()).getByText(/أين يظهر كلّ شخص/, { selector: "summary" });
    await user.click(summary);
    expect(disclosure).toHaveAttribute("open");
    const table = within(panel()).getByRole("table", { name: "أين يظهر كلّ شخص" });
    expect(within(table).getAllByRole("columnheader")).toHaveLength(1 + wide.sections.length);
  });
});
