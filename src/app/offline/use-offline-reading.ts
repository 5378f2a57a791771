import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { dataUrlFor, keepCopies } from "./keep-copies";
import { isShownFromCopy } from "../../offline/saved-copies";

/** Offline reading for the whole app: called once, by the root layout, after hydration. */
export function useOfflineReading(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    // Its own small file: it runs once the page has loaded, so the article page need not carry it.
    // import.meta.url here is the entry chunk's: the file a new build is told apart by.
    void import("./register").then(({ registerServiceWorker }) =>
      registerServiceWorker(import.meta.url),
    );
    const stopKeeping = keepCopies(queryClient.getQueryCache());
    // Back online: what is shown from a saved copy is fetched again, so the page shows the
    // current version and the saved-copy notice goes.
    const refresh = () =>
      void queryClient.invalidateQueries({
        predicate: (query) => {
          const url = dataUrlFor(query.queryKey);
          return url !== null && isShownFromCopy(url);
        },
      });
    window.addEventListener("online", refresh);
    return () => {
      stopKeeping();
      window.removeEventListener("online", refresh);
    };
  }, [queryClient]);
}
