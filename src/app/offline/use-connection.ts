import { useSyncExternalStore } from "react";
import { isShownFromCopy, subscribeShownFromCopy } from "../../offline/saved-copies";

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** navigator.onLine, live. True during a prerender and hydration (the page was served, after all). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Whether the data file at `url` is being shown from a saved copy rather than the network. */
export function useShownFromCopy(url: string): boolean {
  return useSyncExternalStore(
    subscribeShownFromCopy,
    () => isShownFromCopy(url),
    () => false,
  );
}
