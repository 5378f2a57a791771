/**
 * The route table (route-table.ts) as plain route objects with their elements: CurrentPage
 * renders them in the browser and in the prerender (src/entry-server.tsx), and src/main.tsx
 * matches addresses against it. Pages read their data with useSuspenseQuery; the layout's
 * Suspense boundary waits for it.
 */
import type { ReactElement } from "react";
import { matchRoutes, type RouteObject } from "react-router";
import { ArticleRoute } from "./pages/article";
import { NotFoundPage } from "./pages/not-found";
import { LibraryRoute, ReadOwnRoute } from "./pages/lazy-pages";
import { RootLayout } from "./pages/root";
import { PageBoundary } from "./pages/route-error";
import { PAGE_PATHS, PAGE_ROUTE_IDS, type PageRouteId } from "./route-table";

/** "/" and "/page/<n>": one page component, which reads its number from the address. */
const LIBRARY = (
  <PageBoundary subject="library">
    <LibraryRoute />
  </PageBoundary>
);

/** Each page's element: a page added to the table does not compile until it has one here. */
const PAGES: Record<PageRouteId, ReactElement> = {
  library: LIBRARY,
  "library-page": LIBRARY,
  article: (
    <PageBoundary subject="article">
      <ArticleRoute />
    </PageBoundary>
  ),
  "read-own": (
    <PageBoundary subject="page">
      <ReadOwnRoute />
    </PageBoundary>
  ),
  "not-found": <NotFoundPage />,
};

/** A page under the layout: the table's "/" is the layout's index, its other paths relative to it. */
function pageRoute(id: PageRouteId): RouteObject {
  const path = PAGE_PATHS[id];
  const element = PAGES[id];
  if (path === "/") return { id, index: true, element };
  return { id, path: path.startsWith("/") ? path.slice(1) : path, element };
}

export const routeObjects: RouteObject[] = [
  {
    id: "root",
    element: <RootLayout />,
    children: PAGE_ROUTE_IDS.map(pageRoute),
  },
];

/** The ids of the routes an address matches, root first (every route above has one). */
export function routeIdsAt(url: string, basename?: string): string[] {
  return (matchRoutes(routeObjects, url, basename) ?? []).map((match) => match.route.id ?? "");
}
