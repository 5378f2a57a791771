import { act, render, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleArticle } from "../../../testing/sample-article";
import { ArticleReader } from "./ArticleReader";
import { ArticleReaderSkeleton } from "./ArticleReaderSkeleton";
import { renderReader, stubBrowser } from "../../../testing/render-reader";

beforeEach(() => {
  stubBrowser();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("ArticleReader", () => {
  it("renders the title, the meta line, the lead without a heading, and a section per sub-heading", () => {
    renderReader();
    const article = document.querySelector("article")!;
    expect(article).toHaveAttribute("dir", "rtl");
    expect(within(article).getByRole("heading", { level: 1 })).toHaveTextContent(
      sampleArticle.title,
    );
    expect(article).toHaveTextContent("مدة القراءة: ٣ دقائق");
    expect(article).toHaveTextContent("٦ أشخاص في المقال");

    const headed = sampleArticle.sections.filter((s) => s.heading !== null);
    const h2s = Array.from(article.querySelectorAll("h2"));
    expect(h2s.map((h) => h.id)).toEqual(headed.map((s) => s.id));
    expect(h2s.map((h) => h.textContent)).toEqual(headed.map((s) => s.heading));
    expect(article.querySelectorAll("section[aria-labelledby]")).toHaveLength(headed.length);
    // The lead comes before the first h2 and has no heading of its own.
    const lead = document.getElementById(sampleArticle.sections[0]!.id)!;
    expect(lead.querySelector("h2")).toBeNull();
    expect(lead.compareDocumentPosition(h2s[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Ten paragraphs of body text, each taking its direction from its own text.
    const body = Array.from(article.querySelectorAll("section p, #lead p")).filter(
      (p) => !p.closest("aside"),
    );
    expect(body).toHaveLength(10);
    for (const p of body) expect(p).toHaveAttribute("dir", "auto");
  });

  it("has a reading-progress bar that starts empty", () => {
    renderReader();
    const bar = screen.getByRole("progressbar", { name: "تقدّم القراءة" });
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("data-print", "hide");
    // Styles are classes, not style attributes (the CSP allows no inline style); in RTL the
    // bar grows from the right, the start side.
    expect(bar.firstElementChild).toHaveClass("[transform:scaleX(0)]", "origin-[100%_50%]");
  });

  it("prerenders to HTML and hydrates it without a mismatch", async () => {
    const tree = () => {
      return (
        <MemoryRouter initialEntries={[`/articles/${sampleArticle.slug}`]}>
          <ArticleReader article={sampleArticle} />
        </MemoryRouter>
      );
    };
    const html = renderToString(tree());
    expect(html).toContain('data-person="bashar-al-assad"');
    expect(html).toContain('aria-label="فهرس المقال"');

    const container = document.createElement("div");
    document.body.append(container);
    container.insertAdjacentHTML("afterbegin", html);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, tree(), { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });
});

describe("ArticleReader with part of the body (/read's progressive render)", () => {
  const inRouter = (reader: ReactElement) => (
    <MemoryRouter initialEntries={[`/articles/${sampleArticle.slug}`]}>{reader}</MemoryRouter>
  );

  it("renders the same markup as the default when given every section and the panel", () => {
    // The prerendered article pages hydrate against this markup: the props must not change it.
    const full = renderToString(inRouter(<ArticleReader article={sampleArticle} />));
    const explicit = renderToString(
      inRouter(
        <ArticleReader
          article={sampleArticle}
          renderedSections={sampleArticle.sections}
          withPanel
        />,
      ),
    );
    expect(explicit).toBe(full);
  });

  it("shows only the given sections, with the whole article's outline, meta line and no panel yet", () => {
    const shown = sampleArticle.sections.slice(0, 2);
    const { container } = render(
      inRouter(
        <ArticleReader article={sampleArticle} renderedSections={shown} withPanel={false} />,
      ),
    );
    const article = container.querySelector("article")!;
    expect(Array.from(article.querySelectorAll("h2")).map((h) => h.id)).toEqual([shown[1]!.id]);
    // The meta line counts the whole article's people, and the outline lists all its headings.
    expect(article).toHaveTextContent("٦ أشخاص في المقال");
    const outline = screen.getByRole("navigation", { name: "فهرس المقال" });
    const headed = sampleArticle.sections.filter((s) => s.heading !== null);
    expect(within(outline).getAllByRole("link")).toHaveLength(headed.length);
    // Only the article's own last section is stretched to a screen's height.
    expect(article.querySelector("[data-last]")).toBeNull();
    // No panel yet, but its column is in the grid, so nothing moves when it comes.
    expect(container.querySelector("aside")).toBeNull();
    const grid = article.parentElement!.parentElement!;
    expect(grid.children).toHaveLength(3);
  });

  it("adds sections to those on the page as they are given, and the panel when asked", () => {
    const shown = (n: number) => sampleArticle.sections.slice(0, n);
    const view = render(
      inRouter(
        <ArticleReader article={sampleArticle} renderedSections={shown(1)} withPanel={false} />,
      ),
    );
    const lead = document.getElementById(sampleArticle.sections[0]!.id);
    view.rerender(
      inRouter(<ArticleReader article={sampleArticle} renderedSections={shown(3)} withPanel />),
    );
    expect(view.container.querySelectorAll("article h2")).toHaveLength(2);
    view.rerender(
      inRouter(
        <ArticleReader
          article={sampleArticle}
          renderedSections={sampleArticle.sections}
          withPanel
        />,
      ),
    );
    // The sections already on the page stay the same elements: a slice only adds.
    expect(document.getElementById(sampleArticle.sections[0]!.id)).toBe(lead);
    const headed = sampleArticle.sections.filter((s) => s.heading !== null);
    expect(view.container.querySelectorAll("article h2")).toHaveLength(headed.length);
    // Now the article's last section is on the page, it is the one stretched to a screen.
    const last = view.container.querySelectorAll("article [data-last]");
    expect(last).toHaveLength(1);
    expect(last[0]!.closest("section")).toHaveAttribute(
      "aria-labelledby",
      headed[headed.length - 1]!.id,
    );
    expect(screen.getByRole("complementary", { name: "الأشخاص في المقال" })).toBeInTheDocument();
  });
});

describe("ArticleReaderSkeleton", () => {
  it("is busy, says it is loading, and has the reader's boxes", () => {
    const { container } = render(<ArticleReaderSkeleton />);
    const skeleton = container.firstElementChild!;
    expect(skeleton).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("status")).toHaveTextContent("جارٍ التحميل");
    // The same grid as the reader, so the swap moves nothing.
    renderReader();
    const readerGrid = document.querySelector("article")!.parentElement!.parentElement!;
    expect(skeleton.className).toBe(readerGrid.className);
  });
});
