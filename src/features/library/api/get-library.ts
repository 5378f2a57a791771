import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import type { LibraryPage } from "../../../article/schema";
import { fetchJson } from "../../../lib/fetch-json";
import { libraryPageUrl } from "./library-urls";

export { libraryPageUrl };

/** Imported when first needed: a prerendered page, which embeds its data, never loads zod. */
const loadPageSchema = () => import("../../../article/schema").then((m) => m.libraryPageSchema);

export function getLibraryPageQueryOptions(page: number) {
  return queryOptions({
    queryKey: ["library-page", page],
    queryFn: ({ signal }): Promise<LibraryPage> =>
      fetchJson(libraryPageUrl(page), loadPageSchema, { signal }),
  });
}

/** Suspends while the page loads; a prerendered page has it in its cache already. */
export function useLibraryPage(page: number) {
  return useSuspenseQuery(getLibraryPageQueryOptions(page));
}
