import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp, stubFetch } from "../../testing/render-app";
import { sampleArticle } from "../../testing/sample-article";
import { sampleLibraryFiles } from "../../testing/sample-library";

const ARTICLE_PATH = `/articles/${sampleArticle.slug}.json`;
const ARTICLE_URL = `/articles/${sampleArticle.slug}`;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function expectErrorThenRetry(message: string | RegExp) {
  const user = userEvent.setup();
  const heading = await screen.findByRole(
    "heading",
    { level: 1, name: "تعذّر فتح المقالة" },
    { timeout: 3000 },
  );
  expect(heading).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent(message);
  expect(screen.getByRole("link", { name: "العودة إلى المكتبة" })).toHaveAttribute("href", "/");
  await user.click(screen.getByRole("button", { name: "أعد المحاولة" }));
  expect(
    await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
  ).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  // The retry button is gone; focus does not fall to <body>.
  await waitFor(() => expect(screen.getByRole("main")).toHaveFocus());
}

describe("the article route", () => {
  it("renders the article and puts its title in the document title", async () => {
    stubFetch({ [ARTICLE_PATH]: { json: sampleArticle } });
    renderApp(ARTICLE_URL);
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    expect(document.title).toBe(sampleArticle.title);
  });

  it("shows the 404 page when the server answers 404", async () => {
    stubFetch({});
    renderApp("/articles/no-such-article");
    expect(
      await screen.findByRole("heading", { level: 1, name: "لم نجد هذه المقالة" }),
    ).toBeInTheDocument();
    const main = screen.getByRole("main");
    expect(within(main).getByRole("link", { name: "العودة إلى المكتبة" })).toHaveAttribute(
      "href",
      "/",
    );
    expect(screen.queryByRole("button", { name: "أعد المحاولة" })).not.toBeInTheDocument();
  });

  it("shows the 404 page when a static host answers a missing file with its HTML fallback", async () => {
    stubFetch({
      "/articles/gone.json": { body: "<!doctype html><html></html>", contentType: "text/html" },
    });
    renderApp("/articles/gone");
    expect(
      await screen.findByRole("heading", { level: 1, name: "لم نجد هذه المقالة" }),
    ).toBeInTheDocument();
  });

  it("does not fetch a slug that cannot name an article file", async () => {
    const fetchMock = stubFetch({});
    renderApp("/articles/..%2Findex");
    expect(
      await screen.findByRole("heading", { level: 1, name: "لم نجد هذه المقالة" }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("explains an HTTP 500 in Arabic, and the retry button refetches", async () => {
    // The first answer and the one silent retry fail; the reader's retry succeeds.
    const fetchMock = stubFetch({
      [ARTICLE_PATH]: [
        { body: "", status: 500 },
        { body: "", status: 500 },
        { json: sampleArticle },
      ],
    });
    renderApp(ARTICLE_URL);
    await expectErrorThenRetry("ردّ الخادم بخطأ (رمز ٥٠٠) بدل المقالة");
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("explains a body that is not JSON, and the retry button refetches", async () => {
    const fetchMock = stubFetch({
      [ARTICLE_PATH]: [{ body: "<<<garbage" }, { json: sampleArticle }],
    });
    renderApp(ARTICLE_URL);
    await expectErrorThenRetry("وصل ملف المقالة تالفًا ولا يمكن قراءته.");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("explains JSON that breaks the schema", async () => {
    stubFetch({
      [ARTICLE_PATH]: [{ json: { ...sampleArticle, sections: [] } }, { json: sampleArticle }],
    });
    renderApp(ARTICLE_URL);
    await expectErrorThenRetry("بصيغة لا يعرفها القارئ");
  });

  it("explains a network failure", async () => {
    stubFetch({
      [ARTICLE_PATH]: [
        { error: new TypeError("Failed to fetch") },
        { error: new TypeError("Failed to fetch") },
        { json: sampleArticle },
      ],
    });
    renderApp(ARTICLE_URL);
    await expectErrorThenRetry("تحقّق من اتصالك بالإنترنت");
  });

  it("explains a timeout", async () => {
    // The request's own timeout signal, already fired: fetch rejects as a browser would.
    vi.spyOn(AbortSignal, "timeout").mockImplementation(() =>
      AbortSignal.abort(new DOMException("signal timed out", "TimeoutError")),
    );
    stubFetch({ [ARTICLE_PATH]: { error: new DOMException("signal timed out", "TimeoutError") } });
    renderApp(ARTICLE_URL);
    expect(await screen.findByRole("alert")).toHaveTextContent("أكثر من ١٠ ثوانٍ");
  });

  it("the 404 page's link leads home to the library", async () => {
    stubFetch(sampleLibraryFiles);
    renderApp("/articles/no-such-article");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: "العودة إلى المكتبة" }));
    expect(await screen.findByRole("heading", { level: 1, name: "المقالات" })).toBeInTheDocument();
  });
});
