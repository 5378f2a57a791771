import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { hydrate } from "@tanstack/react-query";
import { matchRoutes } from "react-router";
import { AppProvider } from "./app/provider";
import { createAppRouter } from "./app/router";
import { createRoutes } from "./app/routes";
import { readEmbeddedData, type EmbeddedPageData } from "./app/embedded-data";
import { createQueryClient } from "./lib/query-client";
import "./styles/index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = createQueryClient();
const routes = createRoutes(queryClient);
const embedded = readEmbeddedData();

/**
 * How the page's markup relates to this address:
 * - "hydrate": rendered for it (the article's own file, 404.html where the route table also
 *   says "not found"): React adopts the markup, the router starts with its loader data;
 * - "same-routes": the same page with another query (/?q=…): the data fits, the markup does
 *   not, so React renders afresh without waiting for a loader;
 * - "other": another page's markup (a host's SPA fallback, the offline app shell) or none:
 *   a plain client render, loaders and all. The cache is still seeded: what it holds is valid.
 */
function relation(data: EmbeddedPageData | null): "hydrate" | "same-routes" | "other" {
  if (!data) return "other";
  const here = window.location.pathname + window.location.search;
  if (data.url === here) return "hydrate";
  const ids = (url: string) =>
    (matchRoutes(routes, url, import.meta.env.BASE_URL) ?? []).map((match) => match.route.id).join(" ");
  if (data.url === null) return ids(here) === data.routeIds.join(" ") ? "hydrate" : "other";
  const samePath = new URL(data.url, window.location.origin).pathname === window.location.pathname;
  return samePath ? "same-routes" : "other";
}

const fit = relation(embedded);
if (embedded) hydrate(queryClient, embedded.queries);
const router = createAppRouter(queryClient, {
  routes,
  hydrationData: embedded && fit !== "other" ? embedded.router : undefined,
});

const app = (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>
);

// In a transition, hydration yields to the browser every few milliseconds instead of
// holding the main thread for the whole page (what a plain hydrateRoot does): the page is
// already painted, so nothing waits for it, and a tap or a scroll meanwhile is not blocked.
if (fit === "hydrate") startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
