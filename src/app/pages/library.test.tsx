import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp, stubFetch } from "../../testing/render-app";
import { libraryPages } from "../../pipeline/library-pages";
import {
  sampleLibrary,
  sampleLibraryFiles,
  sampleLibraryPage,
  searchFilesOf,
} from "../../testing/sample-library";

const [seedEntry, summitEntry, grainEntry] = sampleLibrary.articles as [
  (typeof sampleLibrary.articles)[number],
  (typeof sampleLibrary.articles)[number],
  (typeof sampleLibrary.articles)[number],
];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function articleLinks() {
  return within(screen.getByRole("main")).queryAllByRole("link", {
    name: (name) => name.length > 20,
  });
}

describe("the library", () => {
  it("lists every article: title linking to it, excerpt, reading time in Arabic, people named", async () => {
    stubFetch(sampleLibraryFiles);
    renderApp("/");

    const link = await screen.findByRole("link", { name: seedEntry.title });
    expect(link).toHaveAttribute("href", `/articles/${seedEntry.slug}`);
    const card = link.closest("article")!;
    expect(within(card).getByText(seedEntry.excerpt)).toBeInTheDocument();
    expect(within(card).getByText("٣ دقائق")).toBeInTheDocument();
    expect(
      within(card).getByText(
        "بشّار الأسد، رجب طيب أردوغان، سيرغي لافروف، ميخائيل بوغدانوف، هاكان فيدان، علي مملوك",
      ),
    ).toBeInTheDocument();

    expect(screen.getByRole("link", { name: summitEntry.title })).toBeInTheDocument();
    // Arabic counting: 1 is said without a digit, 11–99 take the singular.
    expect(screen.getByText("دقيقة واحدة")).toBeInTheDocument();
    expect(screen.getByText("١٢ دقيقة")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("٣ مقالات");
    expect(document.title).toBe("قارئ الأخبار");
  });

  it("filters as you type, ignoring tashkeel and alef forms, and keeps the query in the URL", async () => {
    stubFetch(sampleLibraryFiles);
    const { history } = renderApp("/");
    const user = userEvent.setup();

    await screen.findByRole("link", { name: seedEntry.title });
    const box = within(screen.getByRole("search")).getByRole("searchbox", {
      name: "ابحث في المقالات",
    });
    expect(box).toBeEnabled();

    // "الاسد" (bare alef) finds "الأسد"; the other two articles go.
    await user.type(box, "الاسد");
    await waitFor(() => expect(articleLinks()).toHaveLength(1));
    expect(screen.getByRole("link", { name: seedEntry.title })).toBeInTheDocument();
    expect(history.location.search).toBe(`?q=${encodeURIComponent("الاسد")}`);

    // Tashkeel in the query ("قِمَّة") or only in the text ("قِمّة" vs "قمة") does not matter.
    await user.clear(box);
    await user.type(box, "قمة");
    await waitFor(() => expect(articleLinks()).toHaveLength(1));
    expect(screen.getByRole("link", { name: summitEntry.title })).toBeInTheDocument();

    // Hamza below (إسطنبول) found from a plain alef, and people's names are searched too.
    await user.clear(box);
    await user.type(box, "اسطنبول امنة");
    await waitFor(() => expect(articleLinks()).toHaveLength(1));
    expect(screen.getByRole("link", { name: grainEntry.title })).toBeInTheDocument();

    await user.clear(box);
    await waitFor(() => expect(articleLinks()).toHaveLength(3));
    expect(history.location.search).toBe("");
  });

  it("opens filtered from ?q= and says plainly, naming the query, when nothing matches", async () => {
    stubFetch(sampleLibraryFiles);
    const query = "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك";
    renderApp(`/?q=${encodeURIComponent(query)}`);

    const message = await screen.findByRole("heading", {
      level: 2,
      name: `لا توجد في المكتبة مقالة تطابق «${query}»`,
    });
    expect(message).toBeInTheDocument();
    expect(articleLinks()).toHaveLength(0);
    expect(screen.getByRole("searchbox")).toHaveValue(query);
    expect(screen.getByRole("link", { name: "اعرض كل المقالات" })).toHaveAttribute("href", "/");
    expect(document.title).toBe(`بحث: ${query} — قارئ الأخبار`);
  });

  it("a tashkeel-only query variant still finds the article", async () => {
    stubFetch(sampleLibraryFiles);
    renderApp(`/?q=${encodeURIComponent("بَشَّار أَرْدوغان")}`);
    await screen.findByRole("link", { name: seedEntry.title });
    expect(articleLinks()).toHaveLength(1);
  });

  it("shows the library's skeleton while the index loads", async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    renderApp("/");

    expect(await screen.findByRole("status")).toHaveTextContent("جارٍ تحميل المقالات…");
    expect(screen.getByRole("searchbox")).toBeDisabled();
    answer(
      new Response(JSON.stringify(sampleLibraryPage), {
        headers: { "Content-Type": "application/json" },
      }),
    );
    expect(await screen.findByRole("link", { name: seedEntry.title })).toBeInTheDocument();
    expect(screen.queryByText("جارٍ تحميل المقالات…")).not.toBeInTheDocument();
  });

  it("says what failed when the index is broken, and retries for real", async () => {
    const fetchMock = stubFetch({
      "/articles/pages/1.json": [{ body: "{ not json" }, { json: sampleLibraryPage }],
    });
    renderApp("/");
    const user = userEvent.setup();

    expect(
      await screen.findByRole("heading", { level: 1, name: "تعذّر تحميل المكتبة" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "وصل ملف قائمة المقالات تالفًا ولا يمكن قراءته.",
    );
    await user.click(screen.getByRole("button", { name: "أعد المحاولة" }));
    expect(await screen.findByRole("link", { name: seedEntry.title })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("treats a missing first page as a fault with a retry, not as a page that does not exist", async () => {
    const fetchMock = stubFetch({
      "/articles/pages/1.json": [{ body: "", status: 404 }, { json: sampleLibraryPage }],
    });
    renderApp("/");
    const user = userEvent.setup();

    expect(
      await screen.findByRole("heading", { level: 1, name: "تعذّر تحميل المكتبة" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "ردّ الخادم بخطأ (رمز ٤٠٤) بدل قائمة المقالات.",
    );
    await user.click(screen.getByRole("button", { name: "أعد المحاولة" }));
    expect(await screen.findByRole("link", { name: seedEntry.title })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe("the library's pages", () => {
  /** A library of 45 generated entries, as the build splits it: three pages. */
  const big = {
    schemaVersion: 1 as const,
    articles: Array.from({ length: 45 }, (_, i) => ({
      ...seedEntry,
      slug: `article-${i + 1}`,
      title: `مقالة رقم ${i + 1} في مكتبة كبيرة`,
    })),
  };
  const pages = libraryPages(big);
  const pageFiles = Object.fromEntries(
    pages.map((page) => [`/articles/pages/${page.page}.json`, { json: page }]),
  );

  it("shows one page, says where it stands, and moves to the next page with its own JSON", async () => {
    const fetchMock = stubFetch(pageFiles);
    const { history } = renderApp("/");
    const user = userEvent.setup();

    await screen.findByRole("link", { name: "مقالة رقم 1 في مكتبة كبيرة" });
    expect(articleLinks()).toHaveLength(20);
    expect(screen.getByRole("status")).toHaveTextContent("٤٥ مقالة، الصفحة ١ من ٣");

    const nav = screen.getByRole("navigation", { name: "صفحات المكتبة" });
    await user.click(within(nav).getByRole("link", { name: "الصفحة التالية" }));
    await screen.findByRole("link", { name: "مقالة رقم 21 في مكتبة كبيرة" });
    expect(history.location.pathname).toBe("/page/2");
    expect(articleLinks()).toHaveLength(20);
    expect(document.title).toBe("الصفحة ٢ — قارئ الأخبار");
    expect(
      within(screen.getByRole("navigation", { name: "صفحات المكتبة" })).getByRole("link", {
        name: "الصفحة ٢",
      }),
    ).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByRole("link", { name: "الصفحة ٣" }));
    await screen.findByRole("link", { name: "مقالة رقم 41 في مكتبة كبيرة" });
    expect(articleLinks()).toHaveLength(5);
    // Each page's own file, and never the whole index, which only the search reads.
    const fetched = fetchMock.mock.calls.map(([url]) => new URL(String(url), "http://x").pathname);
    expect(fetched).toEqual([
      "/articles/pages/1.json",
      "/articles/pages/2.json",
      "/articles/pages/3.json",
    ]);
  });

  it("answers a page number out of range or malformed with the Arabic not-found page", async () => {
    for (const url of ["/page/4", "/page/0", "/page/1", "/page/02", "/page/abc"]) {
      stubFetch(pageFiles);
      const { unmount } = renderApp(url);
      expect(
        await screen.findByRole("heading", { level: 1, name: "الصفحة غير موجودة" }),
        url,
      ).toBeInTheDocument();
      unmount();
    }
  });

  it("searches every article, not only the page's, once there is a query", async () => {
    stubFetch({ ...pageFiles, ...searchFilesOf(big) });
    renderApp(`/page/2?q=${encodeURIComponent("رقم 45")}`);
    await screen.findByRole("link", { name: "مقالة رقم 45 في مكتبة كبيرة" });
    expect(articleLinks()).toHaveLength(1);
    expect(screen.queryByRole("navigation", { name: "صفحات المكتبة" })).toBeNull();
  });
});
