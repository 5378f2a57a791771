import { infiniteQueryOptions, type QueryClient } from "@tanstack/react-query";
import type { SearchDoc } from "../../../lib/search/search-format";
import { createSearchClient, type SearchClient } from "../../../lib/search/search-client";
import { fetchJson } from "../../../lib/fetch-json";

/** Results shown at once, and added by each "more" press: each needs its document's file. */
export const RESULTS_PER_PAGE = 10;

export interface ResultsPage {
  /** Every matching article, counted once. */
  total: number;
  keys: string[];
  docs: SearchDoc[];
  next: number | null;
}

// One search client per app (per query client): it keeps the files it has fetched, so
// typing on reuses them, and an app made afresh (a test's) starts from nothing.
const clients = new WeakMap<QueryClient, SearchClient>();
function searchClient(app: QueryClient): SearchClient {
  let client = clients.get(app);
  if (!client) {
    client = createSearchClient(import.meta.env.BASE_URL, (url, schema) => fetchJson(url, schema));
    clients.set(app, client);
  }
  return client;
}

export async function searchPage(
  app: QueryClient,
  query: string,
  offset: number,
): Promise<ResultsPage> {
  const search = searchClient(app);
  const { keys, hits } = await search.search(query);
  const shown = hits.slice(offset, offset + RESULTS_PER_PAGE);
  const docs = await Promise.all(shown.map((hit) => search.doc(hit.doc)));
  const next = offset + RESULTS_PER_PAGE < hits.length ? offset + RESULTS_PER_PAGE : null;
  return { total: hits.length, keys, docs, next };
}

export function searchArticlesQueryOptions(query: string) {
  return infiniteQueryOptions({
    queryKey: ["search", query.trim()],
    queryFn: ({ client, pageParam }) => searchPage(client, query, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last: ResultsPage) => last.next,
    staleTime: Infinity,
  });
}
