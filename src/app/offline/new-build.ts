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

function setOutdated(): void {
  if (outdated) return;
  outdated = true;
  for (const listener of listeners) listener();
}

/** This page's main script, by its hashed URL, is in the precache the worker now serves? */
async function isCurrentBuild(): Promise<boolean> {
  if (typeof caches === "undefined") return true;
  const script = new URL(import.meta.url);
  script.search = "";
  // Hashed files are precached under their own URL; a miss means another build's set.
  return (await caches.match(script.href)) !== undefined;
}

/**
 * A worker may claim pages while still activating, before it has removed the old build's
 * files from the precache: compare only once it is activated.
 */
function whenActivated(worker: ServiceWorker | null): Promise<void> {
  return new Promise((resolve) => {
    if (!worker || worker.state === "activated" || worker.state === "redundant") return resolve();
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated" || worker.state === "redundant") resolve();
    });
  });
}

/** Called once the page has a worker: watches for a new one taking over. */
export function watchForNewBuild(container: ServiceWorkerContainer): void {
  // A first install also changes the controller, but from none: nothing to compare with.
  if (!container.controller) {
    container.addEventListener("controllerchange", () => watchForNewBuild(container), {
      once: true,
    });
    return;
  }
  container.addEventListener("controllerchange", () => {
    void whenActivated(container.controller)
      .then(isCurrentBuild)
      .then((current) => {
        if (!current) setOutdated();
      })
      .catch(() => {});
  });
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
