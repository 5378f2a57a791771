import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter } from "react-router";
import { createRoutes } from "./routes";

/** The browser's router; a prerender builds a static handler from the same createRoutes. */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), {
    basename: import.meta.env.BASE_URL,
  });
}
