/**
 * Build-time rendering: the browser's route table, components and query cache,
 * rendered to HTML once per page by scripts/prerender.ts. Nothing here is bundled for the
 * browser; src/main.tsx hydrates what this writes, from the data this embeds.
 */
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { StaticRouter } from "react-router";
import { getArticleQueryOptions } from "./features/article/api/get-article";
import { getLibraryPageQueryOptions } from "./features/library/api/get-library";
import { AppProvider } from "./app/provider";
import { CurrentPage } from "./app/CurrentPage";
import { routeIdsAt } from "./app/route-objects";
import { createQueryClient } from "./lib/query-client";
import type { PageInput, RenderedPage } from "./app/embedded-data";

function seed(queryClient: QueryClient, input: PageInput): void {
  if (input.libraryPage) {
    const { queryKey } = getLibraryPageQueryOptions(input.libraryPage.page);
    queryClient.setQueryData(queryKey, input.libraryPage);
  }
  if (input.article)
    queryClient.setQueryData(getArticleQueryOptions(input.article.slug).queryKey, input.article);
}

/** React puts hoistable elements (<title>) ahead of the tree; the page's <head> gets them. */
const LEADING_TITLE = /^<title>([^<]*)<\/title>/;

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
};

function decodeText(escaped: string): string {
  return escaped.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export async function renderPage(input: PageInput): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  seed(queryClient, input);
  const routeIds = routeIdsAt(input.url);
  if (routeIds.includes("article") && !input.article) {
    // Rendering it would fetch the JSON from Node; a prerender renders only what it holds.
    throw new Error(`prerender: ${input.url} is an article page, and no article was given for it`);
  }

  const { prelude } = await prerender(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <StaticRouter
          basename={import.meta.env.BASE_URL}
          location={import.meta.env.BASE_URL + input.url.slice(1)}
        >
          <CurrentPage />
        </StaticRouter>
      </AppProvider>
    </StrictMode>,
    // The whole page in place: React otherwise writes a large Suspense boundary's content
    // apart, after its fallback, with an inline script to swap it in (which the CSP forbids).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = await new Response(prelude).text();
  if (/<script|<template/.test(html)) {
    // Text is escaped, so only React itself writes these: a part of the page left for later.
    throw new Error(`prerender: ${input.url} came out in parts, with React's inline scripts`);
  }
  const title = LEADING_TITLE.exec(html);
  if (title) html = html.slice(title[0].length);

  return {
    status: routeIds.includes("not-found") ? 404 : 200,
    html,
    title: title ? decodeText(title[1] ?? "") : null,
    data: {
      url: input.matches === "any" ? null : input.url,
      routeIds,
      queries: dehydrate(queryClient),
    },
  };
}
