import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import type { Article } from "../../../article/schema";
import { SLUG_PATTERN } from "../../../article/patterns";
import { fetchJson, FetchJsonError } from "../../../lib/fetch-json";

export function isArticleSlug(slug: string): boolean {
  // Anything else cannot name a file, so it is a 404.
  return SLUG_PATTERN.test(slug);
}

export function articleUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}articles/${slug}.json`;
}

/** Imported when first needed: a prerendered page, which embeds its data, never loads zod. */
const loadArticleSchema = () => import("../../../article/schema").then((m) => m.articleSchema);

export function getArticle(
  slug: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Article> {
  // Never build a URL such as /articles/../index.json from the address bar.
  if (!isArticleSlug(slug)) return Promise.reject(new FetchJsonError("not-found", slug, null));
  return fetchJson(articleUrl(slug), loadArticleSchema, { signal });
}

export function getArticleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["article", slug],
    queryFn: ({ signal }) => getArticle(slug, { signal }),
  });
}

export function useArticle(slug: string) {
  return useSuspenseQuery(getArticleQueryOptions(slug));
}
