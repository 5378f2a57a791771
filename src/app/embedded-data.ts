/**
 * The data a prerendered page carries for its own hydration: the dehydrated query cache, in <script type="application/json" id="app-data"> (data, not
 * code, so a CSP with script-src 'self' allows it). Written by src/entry-server.tsx via
 * scripts/prerender.ts, read by src/main.tsx.
 */
import type { DehydratedState } from "@tanstack/react-query";
import type { Article, LibraryPage } from "../article/schema";

export const APP_DATA_ID = "app-data";

export interface EmbeddedPageData {
  /**
   * The URL (path and query) the markup was rendered for; null for the catch-all page
   * (404.html), which a static host serves at any address nothing else answers.
   */
  url: string | null;
  /** The ids of the routes that matched it, root first: what 404.html is checked against. */
  routeIds: string[];
  queries: DehydratedState;
}

/**
 * JSON safe inside a <script> element: "<" escaped so that no "</script>" or "<!--" in an
 * article's text can end the element or change how the parser reads it.
 */
export function serializeEmbeddedData(data: EmbeddedPageData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** null when the page has no embedded data (the dev server's index.html) or it is unreadable. */
export function readEmbeddedData(doc: Document = document): EmbeddedPageData | null {
  const text = doc.getElementById(APP_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as EmbeddedPageData;
    // The copy in the page is as new as the JSON file beside it (both come from the same
    // build). Dated by the build, every page opened later than staleTime after a deploy
    // would refetch, on mount, the article it has just shown.
    const now = Date.now();
    for (const query of data.queries.queries) {
      query.dehydratedAt = now;
      query.state.dataUpdatedAt = now;
    }
    return data;
  } catch {
    return null;
  }
}

/** What src/entry-server.tsx renders a page from: its URL and what its query cache holds. */
export interface PageInput {
  /** The URL the page is rendered at, e.g. "/articles/<slug>". */
  url: string;
  /**
   * "any" renders a page that answers every address nobody else answers (404.html): the
   * client then hydrates it wherever the route table says the URL is the catch-all.
   */
  matches?: "exact" | "any";
  /** A page of the library, for "/" and "/page/<n>". */
  libraryPage?: LibraryPage;
  article?: Article;
}

export interface RenderedPage {
  /** The HTTP status the page is served with: 404 for the catch-all page, else 200. */
  status: number;
  /** The markup inside #root, without the hoisted <title>. */
  html: string;
  /** The page's <title> text, as React rendered it (React hoists it to the front). */
  title: string | null;
  /** The JSON for <script type="application/json" id="app-data">. */
  data: EmbeddedPageData;
}

/** src/entry-server.tsx, as scripts/prerender.ts loads it once Vite has compiled it for Node. */
export interface EntryServer {
  renderPage(input: PageInput): Promise<RenderedPage>;
}
