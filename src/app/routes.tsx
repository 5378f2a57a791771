/**
 * The route table, as plain route objects: AppRoutes renders it in the browser and in the
 * prerender (src/entry-server.tsx), and src/main.tsx matches addresses against it. Pages read their
 * data with useSuspenseQuery; the layout's Suspense boundary waits for it.
 */
import { matchRoutes, type RouteObject } from "react-router";
import { ArticleRoute } from "./pages/article";
import { NotFoundPage } from "./pages/not-found";
import { LibraryRoute, ReadOwnRoute } from "./pages/lazy-pages";
import { RootLayout } from "./pages/root";
import { PageBoundary } from "./pages/route-error";

export const routes: RouteObject[] = [
  {
    id: "root",
    element: <RootLayout />,
    children: [
      {
        id: "library",
        index: true,
        element: (
          <PageBoundary subject="library">
            <LibraryRoute />
          </PageBoundary>
        ),
      },
      {
        id: "article",
        path: "articles/:slug",
        element: (
          <PageBoundary subject="article">
            <ArticleRoute />
          </PageBoundary>
        ),
      },
      {
        id: "read-own",
        path: "read",
        element: (
          <PageBoundary subject="page">
            <ReadOwnRoute />
          </PageBoundary>
        ),
      },
      {
        // A prerender writes this page as 404.html, which static hosts serve with a 404 status.
        id: "not-found",
        path: "*",
        element: <NotFoundPage />,
      },
    ],
  },
];

/** The ids of the routes an address matches, root first (every route above has one). */
export function routeIdsAt(url: string, basename?: string): string[] {
  return (matchRoutes(routes, url, basename) ?? []).map((match) => match.route.id ?? "");
}
