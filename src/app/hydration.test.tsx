/**
 * The prerender's markup, hydrated by the real browser entry (src/main.tsx) in React's
 * development build, which reports every mismatch, attributes included (the production
 * build that the end-to-end tests load only reports those that break the tree). The page
 * must also not fetch what it embeds.
 */
import { waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderPage } from "../entry-server";
import { stubBrowser } from "../testing/render-reader";
import { sampleArticle } from "../testing/sample-article";
import { sampleLibraryPage } from "../testing/sample-library";
import { APP_DATA_ID, serializeEmbeddedData } from "./embedded-data";
import type { PageInput } from "./embedded-data";

/** Puts the prerendered page in the document as scripts/prerender.ts writes it into index.html. */
async function loadPrerendered(input: PageInput, at = input.url): Promise<void> {
  const page = await renderPage(input);
  await settleServerRenderer();
  document.title = page.title ?? "";
  const root = document.createElement("div");
  root.id = "root";
  root.append(...new DOMParser().parseFromString(page.html, "text/html").body.childNodes);
  const data = document.createElement("script");
  data.type = "application/json";
  data.id = APP_DATA_ID;
  data.textContent = serializeEmbeddedData(page.data);
  document.body.replaceChildren(root, data);
  window.history.replaceState(null, "", at);
}

/**
 * React's server renderer leaves the context values of the last part it rendered (here the
 * router's location, from inside the layout's Suspense boundary) on the context objects,
 * which this process shares with the client renderer, until it starts its next render; in
 * a browser the two never meet. Rendering nothing puts them back.
 */
async function settleServerRenderer(): Promise<void> {
  const { prerender } = await import("react-dom/static");
  await prerender(null);
}

function hydrated(selector: string): boolean {
  const element = document.querySelector(selector);
  return element !== null && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
}

let consoleCalls: unknown[][] = [];

/**
 * The server and client renderers share the libraries' context objects in this one
 * process, which React's development build notices; in a browser they never meet.
 */
const TWO_RENDERERS =
  /Detected multiple renderers concurrently rendering the same context provider/;
const problems = () => consoleCalls.filter((call) => !TWO_RENDERERS.test(String(call[1])));

beforeEach(() => {
  vi.resetModules();
  stubBrowser();
  consoleCalls = [];
  for (const method of ["error", "warn"] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void consoleCalls.push([method, ...args]),
    );
  }
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("hydrating a prerendered page in development React", () => {
  it("adopts the article page: no warning of any kind, no fetch", async () => {
    const fetchMock = vi.fn(() => Promise.reject(new Error("the article page must not fetch")));
    vi.stubGlobal("fetch", fetchMock);
    await loadPrerendered({ url: `/articles/${sampleArticle.slug}`, article: sampleArticle });
    const markup = document.getElementById("root")!.textContent;

    await import("../main");
    await waitFor(() => expect(hydrated("h1")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(problems()).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.getElementById("root")!.textContent).toBe(markup);
    expect(document.title).toBe(sampleArticle.title);
  });

  it("adopts the library page", async () => {
    const fetchMock = vi.fn(() => Promise.reject(new Error("the library must not fetch")));
    vi.stubGlobal("fetch", fetchMock);
    await loadPrerendered({ url: "/", libraryPage: sampleLibraryPage });

    await import("../main");
    await waitFor(() => expect(hydrated("h1")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(problems()).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("adopts 404.html at any address the route table does not know", async () => {
    await loadPrerendered({ url: "/404", matches: "any" }, "/no/such/page");

    await import("../main");
    await waitFor(() => expect(hydrated("h1")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(problems()).toEqual([]);
    expect(document.querySelector("h1")).toHaveTextContent("الصفحة غير موجودة");
  });
});
