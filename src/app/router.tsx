import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, type HydrationState, type RouteObject } from "react-router";
import { createRoutes } from "./routes";

/**
 * The browser's router; a prerender builds a static handler from the same createRoutes.
 * `hydrationData` is the prerendered page's loader data: with it the router starts on that
 * page without running its loaders again.
 */
export function createAppRouter(
  queryClient: QueryClient,
  { routes = createRoutes(queryClient), hydrationData }: { routes?: RouteObject[]; hydrationData?: HydrationState } = {},
) {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL,
    hydrationData,
  });
}
