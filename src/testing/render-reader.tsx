/**
 * Renders the reader at /articles/<slug> inside a memory router, with the browser APIs
 * jsdom lacks stubbed: scrollIntoView (recorded), scrollTo and matchMedia. The reader
 * writes the hash with the History API, so tests read `window.location` and
 * `window.history`.
 */
import { render } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { vi } from "vitest";
import { memoryHistory } from "../app/history";
import { AppRouter } from "../app/AppRouter";
import type { Article } from "../article/schema";
import { sampleArticle } from "./sample-article";
import { ArticleReader } from "../features/article/components/ArticleReader";

export function stubBrowser({ reducedMotion = false } = {}) {
  const scrollIntoView =
    vi.fn<(this: Element, options?: ScrollIntoViewOptions | boolean) => void>();
  Object.defineProperty(Element.prototype, "scrollIntoView", {
    configurable: true,
    writable: true,
    value: scrollIntoView,
  });
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      matches: reducedMotion && query.includes("prefers-reduced-motion: reduce"),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    })),
  );
  return { scrollIntoView };
}

export function renderReader(article: Article = sampleArticle, { hash = "" } = {}) {
  const path = `/articles/${article.slug}`;
  window.history.replaceState(null, "", path + hash);
  const history = memoryHistory([path + hash]);
  const view = render(
    <AppRouter history={history}>
      <Routes>
        <Route path="/articles/:slug" element={<ArticleReader article={article} />} />
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
    </AppRouter>,
  );
  return { ...view, history };
}

/** The mentions of one person, in document order. */
export function mentionsOf(person: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[data-person="${person}"]`));
}
