import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * false while the markup on screen is the prerender's (on the server, and while React adopts
 * it), true once React runs the page: a form that only works with the app's script can wait
 * for it. A page rendered in the browser from the start is true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
