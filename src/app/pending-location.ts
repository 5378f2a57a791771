import { createContext, use } from "react";
import type { Location } from "react-router";

/** Provided by AppRouter; null outside it (the prerender's StaticRouter never waits). */
export const PendingLocationContext = createContext<Location | null>(null);

/** Where a navigation is heading while its page is not ready to show; null when none is. */
export function usePendingLocation(): Location | null {
  return use(PendingLocationContext);
}
