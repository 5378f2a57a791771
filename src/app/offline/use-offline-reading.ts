import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { keepCopies } from "./keep-copies";
import { registerServiceWorker } from "./register";

/** Offline reading for the whole app: called once, by the root layout, after hydration. */
export function useOfflineReading(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    registerServiceWorker();
    return keepCopies(queryClient.getQueryCache());
  }, [queryClient]);
}
