import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import type { LibraryPage } from "../../../article/schema";
import { FetchJsonError, fetchJson, isFetchJsonError } from "../../../lib/fetch-json";
import { libraryPageUrl } from "./library-urls";

export { libraryPageUrl };

/** Imported when first needed: a prerendered page, which embeds its data, never loads zod. */
const loadPageSchema = () => import("../../../article/schema").then((m) => m.libraryPageSchema);

export function getLibraryPageQueryOptions(page: number) {
  return queryOptions({
    queryKey: ["library-page", page],
    queryFn: async ({ signal }): Promise<LibraryPage> => {
      try {
        return await fetchJson(libraryPageUrl(page), loadPageSchema, { signal });
      } catch (error) {
        // Page 1 always exists: its file missing is the server's fault, with a retry, not
        // an address that names nothing (a later page past the last one is not found).
        if (page === 1 && isFetchJsonError(error) && error.kind === "not-found")
          throw new FetchJsonError("http", error.url, error.status === 404 ? 404 : null, {
            cause: error,
          });
        throw error;
      }
    },
  });
}

/** Suspends while the page loads; a prerendered page has it in its cache already. */
export function useLibraryPage(page: number) {
  return useSuspenseQuery(getLibraryPageQueryOptions(page));
}
