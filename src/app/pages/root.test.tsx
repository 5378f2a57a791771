import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp, stubFetch } from "../../testing/render-app";
import { sampleArticle } from "../../testing/sample-article";
import { sampleLibraryFiles, sampleLibraryPage } from "../../testing/sample-library";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the page shell", () => {
  it("starts with a skip link that moves focus to <main> without adding a #hash", async () => {
    stubFetch(sampleLibraryFiles);
    const { history } = renderApp("/");
    const user = userEvent.setup();
    await screen.findByRole("heading", { level: 1, name: "المقالات" });

    await user.tab();
    const skip = screen.getByRole("link", { name: "تخطَّ إلى المحتوى" });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute("href", "#main");

    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
    expect(history.location.hash).toBe("");
    expect(history.action).toBe("POP"); // no navigation happened
  });

  it("has a header whose site name leads home", async () => {
    stubFetch(sampleLibraryFiles);
    renderApp("/");
    const header = await screen.findByRole("banner");
    expect(within(header).getByRole("link", { name: "قارئ الأخبار" })).toHaveAttribute("href", "/");
    expect(within(header).getByRole("button", { name: "إعدادات القراءة" })).toBeInTheDocument();
  });

  it("moves focus to <main> after following a link, as a page load would", async () => {
    stubFetch({
      ...sampleLibraryFiles,
      [`/articles/${sampleArticle.slug}.json`]: { json: sampleArticle },
    });
    renderApp("/");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: sampleArticle.title }));
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("main")).toHaveFocus());
  });
});

describe("moving between pages", () => {
  it("keeps the page on screen while the next one loads, marks <main> busy, and puts up the next page's skeleton after a moment", async () => {
    let answerArticle: (response: Response) => void = () => {};
    vi.stubGlobal(
      "fetch",
      vi.fn((input: RequestInfo | URL) => {
        const path = new URL(String(input), "http://localhost").pathname;
        if (path === "/articles/pages/1.json")
          return Promise.resolve(Response.json(sampleLibraryPage));
        return new Promise<Response>((resolve) => (answerArticle = resolve));
      }),
    );
    renderApp("/");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: sampleArticle.title }));

    // At once: the library stays, and <main> says a page is on its way.
    expect(screen.getByRole("heading", { level: 1, name: "المقالات" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");
    // A moment later (120 ms): the article's skeleton, not a blank page.
    expect(await screen.findByText("جارٍ التحميل")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("heading", { level: 1, name: "المقالات" })).not.toBeInTheDocument();

    answerArticle(Response.json(sampleArticle));
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole("main")).not.toHaveAttribute("aria-busy");
  });

  it("fetches a page that failed afresh when a link leads back to it, rather than showing the old failure", async () => {
    const fetchMock = stubFetch({
      ...sampleLibraryFiles,
      [`/articles/${sampleArticle.slug}.json`]: [
        { body: "", status: 404 },
        { json: sampleArticle },
      ],
    });
    renderApp(`/articles/${sampleArticle.slug}`);
    const user = userEvent.setup();
    expect(
      await screen.findByRole("heading", { level: 1, name: "لم نجد هذه المقالة" }),
    ).toBeInTheDocument();

    await user.click(
      within(screen.getByRole("main")).getByRole("link", { name: "العودة إلى المكتبة" }),
    );
    await user.click(await screen.findByRole("link", { name: sampleArticle.title }));
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    expect(
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith(`${sampleArticle.slug}.json`)),
    ).toHaveLength(2);
  });
});

describe("the 404 page", () => {
  it("answers any unknown path in Arabic, with a way home", async () => {
    stubFetch(sampleLibraryFiles);
    renderApp("/this/does/not/exist");
    const user = userEvent.setup();

    expect(
      await screen.findByRole("heading", { level: 1, name: "الصفحة غير موجودة" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("الصفحة غير موجودة — قارئ الأخبار");
    const home = within(screen.getByRole("main")).getByRole("link", { name: "العودة إلى المكتبة" });
    expect(home).toHaveAttribute("href", "/");

    await user.click(home);
    expect(await screen.findByRole("link", { name: sampleArticle.title })).toBeInTheDocument();
  });
});
