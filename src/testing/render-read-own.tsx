/**
 * Renders /read in a memory router with an in-process parser (the cue recognizer unless
 * told otherwise), the app's article reader for the result, and the browser APIs jsdom
 * lacks stubbed.
 */
import { render } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { vi } from "vitest";
import { memoryHistory } from "../app/history";
import { AppRouter } from "../app/AppRouter";
import { ArticleReader } from "../features/article/components/ArticleReader";
import type { ArticleParser } from "../features/read-own/api/article-parser";
import { ReadOwnPage } from "../features/read-own/components/ReadOwnPage";
import { createInlineParser } from "./read-own-inline-parser";
import { createCueRecognizer } from "../pipeline/people/cues";

export function stubBrowser() {
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
  Object.defineProperty(Element.prototype, "scrollIntoView", {
    configurable: true,
    writable: true,
    value: vi.fn(),
  });
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    })),
  );
}

const cueParser = (): ArticleParser => createInlineParser(createCueRecognizer());

export function renderPage(createParser: () => ArticleParser = cueParser) {
  stubBrowser();
  const history = memoryHistory(["/read"]);
  const view = render(
    <AppRouter history={history}>
      <Routes>
        <Route
          path="/read"
          element={<ReadOwnPage createParser={createParser} Reader={ArticleReader} />}
        />
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
    </AppRouter>,
  );
  return { ...view, history };
}

/** A File from bytes, as a file input or a drop gives it. */
export function fileOf(name: string, bytes: Uint8Array | string, type = "text/plain"): File {
  const part = typeof bytes === "string" ? bytes : new Uint8Array(bytes);
  return new File([part], name, { type });
}
