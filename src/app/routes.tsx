/**
 * The route table, as plain route objects: createBrowserRouter uses it in the browser, and
 * a prerender (issue 4) can pass the same array to createStaticHandler. Loaders fill the
 * TanStack Query cache; components read it back with useSuspenseQuery.
 */
import type { QueryClient } from "@tanstack/react-query";
import { data, type LoaderFunctionArgs, type RouteObject, type ShouldRevalidateFunction } from "react-router";
import { getArticleQueryOptions } from "../features/article/api/get-article";
import { getLibraryQueryOptions } from "../features/library/api/get-library";
import { LibrarySkeleton } from "../features/library/components/LibrarySkeleton";
import { ReadOwnSkeleton } from "../features/read-own/components/ReadOwnSkeleton";
import { isFetchJsonError } from "../lib/fetch-json";
import { ArticleRoute } from "./pages/article";
import { ArticleReaderSkeleton } from "../features/article/components/ArticleReaderSkeleton";
import { LibraryRoute } from "./pages/library";
import { NotFoundPage } from "./pages/not-found";
import { RootLayout } from "./pages/root";
import { RootError, RouteError } from "./pages/route-error";

/** A 404 response: RouteError renders it as the 404 page; a static handler answers with its status. */
function notFound() {
  return data(null, { status: 404 });
}

/** The library is filtered in the page from ?q=, so a new query needs no reload. */
const revalidateLibrary: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: "root",
      Component: RootLayout,
      errorElement: <RootError />,
      children: [
        {
          id: "library",
          index: true,
          loader: async () => {
            await queryClient.ensureQueryData(getLibraryQueryOptions());
            return null;
          },
          shouldRevalidate: revalidateLibrary,
          Component: LibraryRoute,
          HydrateFallback: LibrarySkeleton,
          errorElement: <RouteError subject="library" />,
        },
        {
          id: "article",
          path: "articles/:slug",
          loader: async ({ params }: LoaderFunctionArgs) => {
            try {
              await queryClient.ensureQueryData(getArticleQueryOptions(params.slug ?? ""));
            } catch (error) {
              if (isFetchJsonError(error) && error.kind === "not-found") throw notFound();
              throw error;
            }
            return null;
          },
          Component: ArticleRoute,
          HydrateFallback: ArticleReaderSkeleton,
          errorElement: <RouteError subject="article" />,
        },
        {
          // "Read your own text": lazy, so its page, the pipeline and the name model are
          // separate files that the library and article pages never load.
          id: "read-own",
          path: "read",
          lazy: () => import("../features/read-own/route"),
          HydrateFallback: ReadOwnSkeleton,
          errorElement: <RouteError subject="page" />,
        },
        {
          // No loader, so nothing to wait for. A prerender writes this page as 404.html,
          // which static hosts serve with a 404 status.
          id: "not-found",
          path: "*",
          Component: NotFoundPage,
        },
      ],
    },
  ];
}
