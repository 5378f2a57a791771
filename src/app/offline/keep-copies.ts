/**
 * Keeps a saved copy of every article (and of the library's pages) the query cache receives,
 * whether fetched on a client-side navigation or embedded in a prerendered page: "every
 * article the reader opened" is exactly what passed through the query cache.
 */
import type { QueryCache, QueryKey } from "@tanstack/react-query";
import { articleUrl, isArticleSlug } from "../../features/article/api/get-article";
import { libraryPageUrl } from "../../features/library/api/library-urls";
import { saveCopy } from "../../offline/saved-copies";

/** The URL a query's data is fetched from (see features/*\/api), or null for other queries. */
export function dataUrlFor(queryKey: QueryKey): string | null {
  const [kind, slug] = queryKey;
  if (kind === "library-page" && typeof slug === "number" && Number.isInteger(slug) && slug > 0)
    return libraryPageUrl(slug);
  if (kind === "article" && typeof slug === "string" && isArticleSlug(slug))
    return articleUrl(slug);
  return null;
}

/** Off the critical path: a copy is written when the browser is idle, not during a render. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

/** Starts keeping copies; returns the unsubscribe function. */
export function keepCopies(queryCache: QueryCache): () => void {
  const saved = new WeakMap<object, unknown>();
  const keep = (queryKey: QueryKey, data: unknown) => {
    const url = dataUrlFor(queryKey);
    if (url === null || data === undefined || typeof data !== "object" || data === null) return;
    if (saved.get(data) === url) return; // this very object is already saved
    saved.set(data, url);
    whenIdle(() => void saveCopy(url, data));
  };

  // Data that arrived before this started (a prerendered page's embedded data).
  for (const query of queryCache.getAll()) {
    if (query.state.status === "success") keep(query.queryKey, query.state.data);
  }
  return queryCache.subscribe((event) => {
    if (event.type !== "added" && event.type !== "updated") return;
    if (event.query.state.status !== "success") return;
    keep(event.query.queryKey, event.query.state.data);
  });
}
