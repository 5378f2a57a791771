/**
 * Whether this page's scripts are still those of the build the service worker serves. After
 * a deploy, the new worker takes over every open tab at once (skipWaiting + clientsClaim)
 * and deletes the old build's files: a tab opened before keeps running the old scripts,
 * which may ask for a file (a lazily loaded page) that no longer exists. Such a tab is told
 * so and offered a reload, rather than left to mix old code with new files.
 */
import { useSyncExternalStore } from "react";

let outdated = false;
const listeners = new Set<() => void>();

/** Called by the watcher (watch-new-build.ts) when a worker of another build took over. */
export function markBuildOutdated(): void {
  if (outdated) return;
  outdated = true;
  for (const listener of listeners) listener();
}

export function useOutdatedBuild(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => outdated,
    () => false,
  );
}
