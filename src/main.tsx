import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { hydrate } from "@tanstack/react-query";
import { AppProvider } from "./app/provider";
import { browserHistory } from "./app/history";
import { AppRouter } from "./app/AppRouter";
import { CurrentPage } from "./app/CurrentPage";
import { routeIdsAt } from "./app/route-objects";
import { readEmbeddedData, type EmbeddedPageData } from "./app/embedded-data";
import { isFetchJsonError } from "./lib/fetch-json";
import { createQueryClient } from "./lib/query-client";
import "./styles/index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = createQueryClient();
const embedded = readEmbeddedData();

/**
 * Whether the page's markup was rendered for this address: the article's own file, or
 * 404.html where the route table also says "not found". Otherwise (a host's SPA fallback,
 * the offline app shell, /?q=… on the library's file, the dev server's index.html) React
 * renders afresh. Either way the embedded data seeds the cache: what it holds is valid.
 */
function renderedForHere(data: EmbeddedPageData | null): boolean {
  if (!data) return false;
  const here = window.location.pathname + window.location.search;
  if (data.url !== null) return data.url === here;
  return routeIdsAt(here, import.meta.env.BASE_URL).join(" ") === data.routeIds.join(" ");
}

const hydrating = renderedForHere(embedded);
if (embedded) hydrate(queryClient, embedded.queries);

const app = (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <AppRouter history={browserHistory()}>
        <CurrentPage />
      </AppRouter>
    </AppProvider>
  </StrictMode>
);

/**
 * An error a page's boundary caught: a failed fetch is the page's to explain (it does, in
 * Arabic, with a retry), not the console's; anything else is a fault, logged as React would.
 */
const onCaughtError = (error: unknown) => {
  if (!isFetchJsonError(error)) console.error(error);
};

// In a transition, hydration yields to the browser every few milliseconds instead of
// holding the main thread for the whole page (what a plain hydrateRoot does): the page is
// already painted, so nothing waits for it, and a tap or a scroll meanwhile is not blocked.
if (hydrating) startTransition(() => void hydrateRoot(root, app, { onCaughtError }));
else createRoot(root, { onCaughtError }).render(app);
