import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import type { Library } from "../../../article/schema";
import { fetchJson } from "../../../lib/fetch-json";

/** Imported when first needed: a prerendered page, which embeds its data, never loads zod. */
const loadLibrarySchema = () => import("../../../article/schema").then((m) => m.librarySchema);

export function getLibrary({ signal }: { signal?: AbortSignal } = {}): Promise<Library> {
  return fetchJson(`${import.meta.env.BASE_URL}articles/index.json`, loadLibrarySchema, { signal });
}

export function getLibraryQueryOptions() {
  return queryOptions({
    queryKey: ["library"],
    queryFn: ({ signal }) => getLibrary({ signal }),
  });
}

/** Suspends while the index loads; a prerendered page has it in its cache already. */
export function useLibrary() {
  return useSuspenseQuery(getLibraryQueryOptions());
}
