import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleArticle } from "../../../testing/sample-article";
import { renderReader, stubBrowser } from "../../../testing/render-reader";

const headed = sampleArticle.sections.filter((s) => s.heading !== null);
const outline = () => screen.getByRole("navigation", { name: "فهرس المقال" });

/** jsdom has no layout: give each heading a top, as if the page were scrolled. */
function placeHeadings(tops: Record<string, number>) {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    const top = tops[this.id] ?? 0;
    return {
      top,
      bottom: top + 40,
      left: 0,
      right: 600,
      width: 600,
      height: 40,
      x: 0,
      y: top,
      toJSON: () => ({}),
    };
  });
}

let scrollIntoView: ReturnType<typeof stubBrowser>["scrollIntoView"];
beforeEach(() => {
  ({ scrollIntoView } = stubBrowser());
  // Not at the bottom of the page, so the reading line is 30% down the viewport.
  Object.defineProperty(document.documentElement, "scrollHeight", {
    configurable: true,
    value: 10_000,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("OutlineNav", () => {
  it("is headed by the title and has one #id link per headed section, in order", () => {
    renderReader();
    const nav = outline();
    expect(nav).toHaveTextContent(sampleArticle.title);
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(headed.map((s) => `#${s.id}`));
    expect(links.map((a) => a.textContent)).toEqual(headed.map((s) => s.heading));
    // Each link's target is an h2 with that id, inside a section it labels.
    for (const section of headed) {
      const heading = document.getElementById(section.id);
      expect(heading?.tagName).toBe("H2");
      expect(heading?.closest("section")).toHaveAttribute("aria-labelledby", section.id);
    }
  });

  it("a click scrolls smoothly, pushes #id as a new entry, focuses the h2 and marks the link", async () => {
    const user = userEvent.setup();
    renderReader();
    const target = headed[2]!;
    const before = window.history.length;

    await user.click(within(outline()).getByRole("link", { name: target.heading! }));

    // The move runs in short tasks after the click (mark and focus, scroll, history).
    const heading = document.getElementById(target.id);
    await waitFor(() => expect(window.location.hash).toBe(`#${target.id}`));
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: "start", behavior: "smooth" });
    expect(window.history.length).toBe(before + 1);
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute("tabindex", "-1");
    expect(scrollIntoView.mock.lastCall && scrollIntoView.mock.contexts.at(-1)).toBe(heading);
    const current = within(outline())
      .getAllByRole("link")
      .filter((a) => a.getAttribute("aria-current"));
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAttribute("aria-current", "location");
    expect(current[0]).toHaveAttribute("href", `#${target.id}`);

    // The same link again adds no entry, as a fragment link would not.
    const calls = scrollIntoView.mock.calls.length;
    await user.click(within(outline()).getByRole("link", { name: target.heading! }));
    await waitFor(() => expect(scrollIntoView.mock.calls.length).toBe(calls + 1));
    // The step after the scroll would push the entry: give it its task before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.history.length).toBe(before + 1);
  });

  it("scrolls instantly under prefers-reduced-motion", async () => {
    ({ scrollIntoView } = stubBrowser({ reducedMotion: true }));
    const user = userEvent.setup();
    renderReader();
    await user.click(within(outline()).getByRole("link", { name: headed[0]!.heading! }));
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: "start", behavior: "instant" });
  });

  it("Back to a section goes there and focuses it; Back to no hash returns to where the reader was", async () => {
    const user = userEvent.setup();
    renderReader();
    const [first, , third] = headed;
    // Each move pushes its entry in a task after the click: wait for it, as a reader would.
    await user.click(within(outline()).getByRole("link", { name: first!.heading! }));
    await waitFor(() => expect(window.location.hash).toBe(`#${first!.id}`));
    await user.click(within(outline()).getByRole("link", { name: third!.heading! }));
    await waitFor(() => expect(window.location.hash).toBe(`#${third!.id}`));

    // What the browser does on Back: restore the previous entry's URL and state, then fire popstate.
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.hash).toBe(`#${first!.id}`));
    await waitFor(() => expect(document.getElementById(first!.id)).toHaveFocus());
    expect(within(outline()).getByRole("link", { name: first!.heading! })).toHaveAttribute(
      "aria-current",
      "location",
    );

    const scrollTo = vi.mocked(window.scrollTo);
    scrollTo.mockClear();
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.hash).toBe(""));
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: "instant" }));
  });

  it("opening the article with #id lands on that section", () => {
    const target = headed[3]!;
    renderReader(sampleArticle, { hash: `#${target.id}` });
    const heading = document.getElementById(target.id);
    expect(heading).toHaveFocus();
    expect(scrollIntoView.mock.contexts).toContain(heading);
    expect(within(outline()).getByRole("link", { name: target.heading! })).toHaveAttribute(
      "aria-current",
      "location",
    );
  });

  it("an unknown hash opens the article at its top, without error", () => {
    renderReader(sampleArticle, { hash: "#no-such-section" });
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(document.body).toHaveFocus();
  });

  it("the scroll spy marks the section whose heading has passed the reading line", async () => {
    const ids = headed.map((s) => s.id);
    placeHeadings({
      [ids[0]!]: -900,
      [ids[1]!]: 120,
      [ids[2]!]: 700,
      [ids[3]!]: 1400,
      [ids[4]!]: 2000,
    });
    renderReader();
    const link = (i: number) => within(outline()).getByRole("link", { name: headed[i]!.heading! });
    await waitFor(() => expect(link(1)).toHaveAttribute("aria-current", "location"));

    placeHeadings({
      [ids[0]!]: -2000,
      [ids[1]!]: -1000,
      [ids[2]!]: -400,
      [ids[3]!]: 90,
      [ids[4]!]: 800,
    });
    fireEvent.scroll(window);
    await waitFor(() => expect(link(3)).toHaveAttribute("aria-current", "location"));
    expect(link(1)).not.toHaveAttribute("aria-current");
  });

  it("a chosen section stays marked until the reader scrolls by themselves", async () => {
    const ids = headed.map((s) => s.id);
    // The last section is short: even at the end of the page its heading is low in the viewport.
    placeHeadings({
      [ids[0]!]: -2000,
      [ids[1]!]: -1400,
      [ids[2]!]: -800,
      [ids[3]!]: 100,
      [ids[4]!]: 500,
    });
    const user = userEvent.setup();
    renderReader();
    const last = within(outline()).getByRole("link", { name: headed[4]!.heading! });
    await user.click(last);
    fireEvent.scroll(window); // the smooth scroll's own events
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(last).toHaveAttribute("aria-current", "location");

    fireEvent.wheel(window);
    await waitFor(() =>
      expect(within(outline()).getByRole("link", { name: headed[3]!.heading! })).toHaveAttribute(
        "aria-current",
        "location",
      ),
    );
    expect(last).not.toHaveAttribute("aria-current");
  });

  it("below 1024px a disclosure button opens the outline, and a choice closes it", async () => {
    const user = userEvent.setup();
    renderReader();
    const button = screen.getByRole("button", { name: "فهرس المقال" });
    const nav = outline();
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-controls", nav.id);
    // Hidden on phones until opened (lg:block shows it on wide screens).
    expect(nav.className).toMatch(/(^|\s)hidden(\s|$)/);

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(nav.className).not.toMatch(/(^|\s)hidden(\s|$)/);

    await user.click(within(nav).getByRole("link", { name: headed[1]!.heading! }));
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(document.getElementById(headed[1]!.id)).toHaveFocus();

    await user.click(button);
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("links opened with a modifier key are left to the browser", () => {
    renderReader();
    const before = window.history.length;
    const link = within(outline()).getByRole("link", { name: headed[0]!.heading! });
    const notPrevented = fireEvent.click(link, { ctrlKey: true });
    expect(notPrevented).toBe(true);
    expect(window.history.length).toBe(before);
  });
});
