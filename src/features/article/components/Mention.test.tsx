import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAMPLE_PEOPLE, sampleArticle } from "../../../testing/sample-article";
import { mentionsOf, renderReader, stubBrowser } from "../../../testing/render-reader";

const { ASSAD, BOGDANOV, LAVROV } = SAMPLE_PEOPLE;
const card = () => screen.queryByRole("dialog");

beforeEach(() => {
  stubBrowser();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("person mentions", () => {
  it("marks every mention with data-person, 22 of 6 people on the seed text", () => {
    renderReader();
    const marks = Array.from(document.querySelectorAll<HTMLElement>("[data-person]"));
    expect(marks).toHaveLength(22);
    expect(new Set(marks.map((m) => m.dataset.person)).size).toBe(6);
    expect(mentionsOf(ASSAD)).toHaveLength(12);
    expect(document.querySelectorAll("h1 [data-person]")).toHaveLength(2);
    for (const mark of marks) expect(mark.tagName).toBe("MARK");
  });

  it("keeps the text verbatim: plain text nodes between marks, nothing else inside a paragraph", () => {
    renderReader();
    const lead = sampleArticle.sections[0]!.blocks[0]!;
    if (lead.type !== "paragraph") throw new Error("the sample's lead starts with a paragraph");
    const paragraph = screen.getByText(
      (_, el) => el?.tagName === "P" && el.textContent === lead.text,
    );
    const kinds = Array.from(paragraph.childNodes).map((n) =>
      n.nodeType === Node.TEXT_NODE ? "text" : n.nodeName,
    );
    expect(kinds).toEqual(["text", "MARK", "text", "MARK", "text"]);
    expect(paragraph.textContent).toBe(lead.text);
  });

  it("is a focusable control styled by colour only", () => {
    renderReader();
    const mark = mentionsOf(LAVROV)[0]!;
    expect(mark).toHaveAttribute("tabindex", "0");
    expect(mark).toHaveAttribute("role", "button");
    expect(mark).toHaveClass("bg-mention");
    // Anything that gives an inline box an edge breaks Arabic joining across it.
    for (const cls of mark.className.split(/\s+/)) {
      expect(cls).not.toMatch(
        /^(p[xyseb]?|m[xyseb]?|border|rounded|font|text-(xs|sm|base|lg|\d)|inline-block|shadow|tracking)(-|$)/,
      );
    }
  });

  it("shows a card on focus with name, role, count and position", () => {
    renderReader();
    const mark = mentionsOf(BOGDANOV)[0]!;
    act(() => mark.focus());
    const dialog = card();
    expect(dialog).not.toBeNull();
    expect(dialog).toHaveAccessibleName("ميخائيل بوغدانوف");
    expect(dialog).toHaveTextContent("نائب وزير الخارجيّة الروسي");
    expect(dialog).toHaveTextContent("إشارتان");
    expect(dialog).toHaveTextContent("الإشارة ١ من ٢");
    expect(mark).toHaveAttribute("aria-expanded", "true");
    expect(mark).toHaveAccessibleDescription(/ميخائيل بوغدانوف/);
    // Focus stays on the name: the card does not take it.
    expect(mark).toHaveFocus();
  });

  it("omits the role line when the article gives none", () => {
    renderReader();
    act(() => mentionsOf(ASSAD)[0]!.focus());
    const dialog = card()!;
    expect(
      within(dialog)
        .getAllByText(/./)
        .map((p) => p.textContent),
    ).toEqual(["بشار الأسد", "١٢ إشارة · الإشارة ١ من ١٢", "السابق", "التالي"]);
  });

  it("the card's next and previous buttons move focus to the person's other mentions, wrapping", async () => {
    const user = userEvent.setup();
    renderReader();
    const assad = mentionsOf(ASSAD);
    act(() => assad[0]!.focus());
    await user.click(within(card()!).getByRole("button", { name: "التالي" }));
    expect(assad[1]).toHaveFocus();
    expect(card()).toHaveTextContent("الإشارة ٢ من ١٢");

    await user.click(within(card()!).getByRole("button", { name: "السابق" }));
    await user.click(within(card()!).getByRole("button", { name: "السابق" }));
    expect(assad[11]).toHaveFocus();
    expect(card()).toHaveTextContent("الإشارة ١٢ من ١٢");
  });

  it("a person with one mention has no previous/next buttons", () => {
    renderReader();
    act(() => mentionsOf(LAVROV)[0]!.focus());
    expect(card()).toHaveTextContent("إشارة واحدة");
    expect(within(card()!).queryAllByRole("button")).toHaveLength(0);
  });

  it("Escape hides the card and leaves focus on the name", async () => {
    const user = userEvent.setup();
    renderReader();
    const mark = mentionsOf(BOGDANOV)[0]!;
    act(() => mark.focus());
    expect(card()).not.toBeNull();
    await user.keyboard("{Escape}");
    expect(card()).toBeNull();
    expect(mark).toHaveFocus();
  });

  it("Enter opens the card and moves into it; Escape returns to the name", async () => {
    const user = userEvent.setup();
    renderReader();
    const mark = mentionsOf(BOGDANOV)[1]!;
    act(() => mark.focus());
    await user.keyboard("{Enter}");
    expect(within(card()!).getByRole("button", { name: "التالي" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(card()).toBeNull();
    expect(mark).toHaveFocus();
  });

  it("content scrolling under a still pointer opens no card", async () => {
    renderReader();
    fireEvent.pointerEnter(mentionsOf(BOGDANOV)[0]!, { pointerType: "mouse" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card()).toBeNull();
  });

  it("hovering shows the card without taking focus; leaving hides it", async () => {
    renderReader();
    const mark = mentionsOf(BOGDANOV)[0]!;
    fireEvent.pointerMove(mark, { pointerType: "mouse" });
    await waitFor(() => expect(card()).not.toBeNull());
    expect(mark).not.toHaveFocus();
    fireEvent.pointerLeave(mark, { pointerType: "mouse" });
    await waitFor(() => expect(card()).toBeNull());
  });

  it("a tap pins the card; a tap elsewhere closes it", async () => {
    const user = userEvent.setup();
    renderReader();
    const mark = mentionsOf(BOGDANOV)[0]!;
    await user.click(mark);
    expect(card()).toHaveAccessibleName("ميخائيل بوغدانوف");
    await user.click(screen.getByRole("heading", { level: 1 }));
    expect(card()).toBeNull();
  });
});

describe("the card in the tab order", () => {
  beforeEach(() => {
    stubBrowser();
  });

  it("Tab out of the card goes on past the name, Shift+Tab goes back to it: no trap", async () => {
    const user = userEvent.setup();
    renderReader();
    const mamlouk = mentionsOf(SAMPLE_PEOPLE.MAMLOUK);
    // The last mention of the article: the card is the next thing in the DOM after it.
    const last = mamlouk[1]!;
    act(() => last.focus());
    await user.tab();
    expect(within(card()!).getByRole("button", { name: "السابق" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(card()!).getByRole("button", { name: "التالي" })).toHaveFocus();
    await user.tab();
    expect(card()).toBeNull();
    expect(document.activeElement?.closest("[data-print='hide']")).not.toBeNull();
    expect(document.activeElement?.closest("article")).toBeNull();
  });
});
