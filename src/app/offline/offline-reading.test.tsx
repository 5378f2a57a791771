import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { librarySchema } from "../../article/schema";
import { fetchJson } from "../../lib/fetch-json";
import { renderApp, stubFetch } from "../../testing/render-app";
import { sampleArticle } from "../../testing/sample-article";
import { sampleLibrary, sampleLibraryFiles } from "../../testing/sample-library";
import {
  isShownFromCopy,
  SAVED_COPIES_CACHE,
  saveCopy,
  setShownFromCopy,
} from "../../offline/saved-copies";

const ARTICLE_PATH = `/articles/${sampleArticle.slug}.json`;
const ARTICLE_URL = `/articles/${sampleArticle.slug}`;
const OFFLINE_NOTICE =
  "أنت غير متصل بالإنترنت: تقرأ نسخة محفوظة على هذا الجهاز، وقد لا تكون أحدث نسخة.";
const UNREACHABLE_NOTICE =
  "تعذّر الوصول إلى الخادم، فنعرض لك نسخة محفوظة على هذا الجهاز؛ قد لا تكون أحدث نسخة.";

/** Cache Storage as the browser has it, in memory (jsdom has none). */
function fakeCacheStorage() {
  const caches = new Map<string, Map<string, Response>>();
  const key = (request: RequestInfo | URL) =>
    new URL(String(request instanceof Request ? request.url : request), "http://localhost/").href;
  const open = async (name: string) => {
    let entries = caches.get(name);
    if (!entries) caches.set(name, (entries = new Map()));
    const store = entries;
    return {
      put: async (request: RequestInfo | URL, response: Response) =>
        void store.set(key(request), response),
      match: async (request: RequestInfo | URL) => store.get(key(request))?.clone(),
    };
  };
  vi.stubGlobal("caches", { open });
  return caches;
}

const offline = () => vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
const failedFetch = () => ({ error: new TypeError("Failed to fetch") });

beforeEach(() => {
  for (const path of [ARTICLE_PATH, "/articles/index.json"]) setShownFromCopy(path, false);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("fetchJson and saved copies", () => {
  it("answers a network failure with the saved copy, and says it did", async () => {
    fakeCacheStorage();
    await saveCopy("/articles/index.json", sampleLibrary);
    stubFetch({ "/articles/index.json": failedFetch() });
    await expect(fetchJson("/articles/index.json", librarySchema)).resolves.toEqual(sampleLibrary);
    expect(isShownFromCopy("/articles/index.json")).toBe(true);
  });

  it("does not ask the network when the browser knows it is offline", async () => {
    fakeCacheStorage();
    await saveCopy("/articles/index.json", sampleLibrary);
    const fetchMock = stubFetch({ "/articles/index.json": { json: sampleLibrary } });
    offline();
    await expect(fetchJson("/articles/index.json", librarySchema)).resolves.toEqual(sampleLibrary);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("reports a server error as such, even with a saved copy", async () => {
    fakeCacheStorage();
    await saveCopy("/articles/index.json", sampleLibrary);
    stubFetch({ "/articles/index.json": { body: "", status: 500 } });
    await expect(fetchJson("/articles/index.json", librarySchema)).rejects.toMatchObject({
      kind: "http",
      status: 500,
    });
    expect(isShownFromCopy("/articles/index.json")).toBe(false);
  });

  it("refuses a saved copy that no longer fits the schema: a network failure, not a broken page", async () => {
    fakeCacheStorage();
    await saveCopy("/articles/index.json", { schemaVersion: 1, articles: "not a list" });
    stubFetch({ "/articles/index.json": failedFetch() });
    await expect(fetchJson("/articles/index.json", librarySchema)).rejects.toMatchObject({
      kind: "network",
    });
  });

  it("without Cache Storage (an insecure context), a network failure stays a network failure", async () => {
    stubFetch({ "/articles/index.json": failedFetch() });
    await expect(fetchJson("/articles/index.json", librarySchema)).rejects.toMatchObject({
      kind: "network",
    });
  });
});

describe("offline reading in the app", () => {
  it("keeps a copy of each article shown and of the library, under the files' own paths", async () => {
    const storage = fakeCacheStorage();
    stubFetch({
      ...sampleLibraryFiles,
      [ARTICLE_PATH]: { json: sampleArticle },
    });
    renderApp("/");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: sampleArticle.title }));
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect([...(storage.get(SAVED_COPIES_CACHE)?.keys() ?? [])].sort()).toEqual([
        "http://localhost/articles/pages/1.json",
        `http://localhost${ARTICLE_PATH}`,
      ]),
    );
  });

  it("offline, opens the saved article with a notice in a status role, and no notice once online again", async () => {
    fakeCacheStorage();
    await saveCopy(ARTICLE_PATH, sampleArticle);
    const fetchMock = stubFetch({ [ARTICLE_PATH]: { json: sampleArticle } });
    const onLine = offline();
    renderApp(ARTICLE_URL);
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(OFFLINE_NOTICE);
    expect(fetchMock).not.toHaveBeenCalled();

    // Back online: the article is fetched again and the notice goes.
    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText(OFFLINE_NOTICE)).not.toBeInTheDocument());
    expect(screen.queryByText(UNREACHABLE_NOTICE)).not.toBeInTheDocument();
  });

  it("with the server unreachable, shows the saved article and says why", async () => {
    fakeCacheStorage();
    await saveCopy(ARTICLE_PATH, sampleArticle);
    stubFetch({ [ARTICLE_PATH]: failedFetch() });
    renderApp(ARTICLE_URL);
    expect(
      await screen.findByRole("heading", { level: 1, name: sampleArticle.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(UNREACHABLE_NOTICE);
  });

  it("offline without a copy, says the network is missing and offers a retry", async () => {
    fakeCacheStorage();
    stubFetch({ [ARTICLE_PATH]: { json: sampleArticle } });
    offline();
    renderApp(ARTICLE_URL);
    expect(await screen.findByRole("alert")).toHaveTextContent("تحقّق من اتصالك بالإنترنت");
    expect(screen.getByRole("button", { name: "أعد المحاولة" })).toBeInTheDocument();
    expect(screen.queryByText(OFFLINE_NOTICE)).not.toBeInTheDocument();
  });
});
