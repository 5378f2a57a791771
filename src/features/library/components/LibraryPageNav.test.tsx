import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { LibraryPageNav } from "./LibraryPageNav";

const pagePath = (page: number) => (page === 1 ? "/" : `/page/${page}`);

function renderNav(page: number, pageCount: number) {
  render(
    <MemoryRouter>
      <LibraryPageNav page={page} pageCount={pageCount} pagePath={pagePath} />
    </MemoryRouter>,
  );
  return screen.queryByRole("navigation", { name: "صفحات المكتبة" });
}

describe("the library's page list", () => {
  it("is not there when the library fits on one page", () => {
    expect(renderNav(1, 1)).toBeNull();
  });

  it("links the pages in Arabic-Indic digits, marks the current one, and names its neighbours", () => {
    const nav = renderNav(7, 20)!;
    const links = within(nav).getAllByRole("link");
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual([
      ["الصفحة السابقة", "/page/6"],
      ["١", "/"],
      ["٦", "/page/6"],
      ["٧", "/page/7"],
      ["٨", "/page/8"],
      ["٢٠", "/page/20"],
      ["الصفحة التالية", "/page/8"],
    ]);
    expect(within(nav).getByRole("link", { name: "الصفحة السابقة" })).toHaveAttribute(
      "rel",
      "prev",
    );
    expect(within(nav).getByRole("link", { name: "الصفحة التالية" })).toHaveAttribute(
      "rel",
      "next",
    );
    const current = within(nav).getByRole("link", { name: "الصفحة ٧" });
    expect(current).toHaveAttribute("aria-current", "page");
    expect(links.filter((l) => l.hasAttribute("aria-current"))).toEqual([current]);
    // The pages left out are one "…" each side, hidden from screen readers.
    expect(within(nav).getAllByText("…")).toHaveLength(2);
    for (const gap of within(nav).getAllByText("…"))
      expect(gap).toHaveAttribute("aria-hidden", "true");
  });

  it("has no previous link on the first page and no next link on the last", () => {
    const first = renderNav(1, 3)!;
    expect(within(first).queryByRole("link", { name: "الصفحة السابقة" })).toBeNull();
    expect(within(first).getByRole("link", { name: "الصفحة التالية" })).toHaveAttribute(
      "href",
      "/page/2",
    );
    cleanup();
    const last = renderNav(3, 3)!;
    expect(within(last).queryByRole("link", { name: "الصفحة التالية" })).toBeNull();
    expect(within(last).getByRole("link", { name: "الصفحة ٣" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });
});
