/**
 * Build-time rendering (issue 4): the browser's route table, components and query cache,
 * rendered to HTML once per page by scripts/prerender.ts. Nothing here is bundled for the
 * browser; src/main.tsx hydrates what this writes, from the data this embeds.
 */
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { getArticleQueryOptions } from "./features/article/api/get-article";
import { getLibraryQueryOptions } from "./features/library/api/get-library";
import { AppProvider } from "./app/provider";
import { createRoutes } from "./app/routes";
import { createQueryClient } from "./lib/query-client";
import type { PageInput, RenderedPage } from "./app/embedded-data";

function seed(queryClient: QueryClient, input: PageInput): void {
  if (input.library) queryClient.setQueryData(getLibraryQueryOptions().queryKey, input.library);
  if (input.article) queryClient.setQueryData(getArticleQueryOptions(input.article.slug).queryKey, input.article);
}

/** React puts hoistable elements (<title>) ahead of the tree; the page's <head> gets them. */
const LEADING_TITLE = /^<title>([^<]*)<\/title>/;

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };

function decodeText(escaped: string): string {
  return escaped.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export async function renderPage(input: PageInput): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  seed(queryClient, input);
  const routes = createRoutes(queryClient);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(input.url, "http://prerender.invalid")));
  if (context instanceof Response) {
    throw new Error(`prerender: ${input.url} answered with a redirect (${context.status})`);
  }
  if (context.errors) {
    const [routeId, error] = Object.entries(context.errors)[0] ?? ["?", null];
    throw new Error(`prerender: ${input.url} failed in route "${routeId}": ${String(error)}`, { cause: error });
  }
  const router = createStaticRouter(handler.dataRoutes, context);

  const { prelude } = await prerender(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        {/* hydrate={false}: no inline script (the CSP allows none); src/main.tsx reads the
            same data from the JSON this function returns. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
  );
  let html = await new Response(prelude).text();
  const title = LEADING_TITLE.exec(html);
  if (title) html = html.slice(title[0].length);

  return {
    status: context.statusCode,
    html,
    title: title ? decodeText(title[1] ?? "") : null,
    data: {
      url: input.matches === "any" ? null : input.url,
      routeIds: context.matches.map((match) => match.route.id),
      router: { loaderData: context.loaderData, actionData: context.actionData },
      queries: dehydrate(queryClient),
    },
  };
}
