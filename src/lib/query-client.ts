import { QueryClient, type QueryClientConfig } from "@tanstack/react-query";
import { isTransientFailure } from "./fetch-json";

/**
 * A factory, not a module-level singleton: the browser makes one per page load, tests one
 * per test, and a prerender one per rendered page, so no cache leaks between them.
 */
export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        // Article files change only when the site is rebuilt.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // One quick silent retry for a dropped connection or a 5xx; the user has a retry
        // button for everything else, so no long exponential back-off behind a skeleton.
        retry: (failureCount, error) => failureCount < 1 && isTransientFailure(error),
        retryDelay: 500,
        // Always run the query function, even when the browser says it is offline: fetchJson
        // then answers from a saved copy or fails with a "network" error the page explains.
        // (The default, "online", would pause the query and leave a skeleton up for good.)
        networkMode: "always",
        ...config.defaultOptions?.queries,
      },
    },
  });
}
