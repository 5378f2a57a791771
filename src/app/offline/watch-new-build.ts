/**
 * Watches for a worker of another build taking over this tab (see new-build.ts). Loaded with
 * the worker's registration, after the page, so that the article page's script stays small.
 */
import { markBuildOutdated } from "./new-build";

/** This page's main script, by its hashed URL, is in the precache the worker now serves? */
async function isCurrentBuild(entryScript: string): Promise<boolean> {
  if (typeof caches === "undefined") return true;
  const script = new URL(entryScript);
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

/**
 * Called once the page has a worker: watches for a new one taking over. `entryScript` is
 * the URL of the page's main script (its import.meta.url), the file a new build replaces.
 */
export function watchForNewBuild(container: ServiceWorkerContainer, entryScript: string): void {
  // A first install also changes the controller, but from none: nothing to compare with.
  if (!container.controller) {
    container.addEventListener("controllerchange", () => watchForNewBuild(container, entryScript), {
      once: true,
    });
    return;
  }
  container.addEventListener("controllerchange", () => {
    void whenActivated(container.controller)
      .then(() => isCurrentBuild(entryScript))
      .then((current) => {
        if (!current) markBuildOutdated();
      })
      .catch(() => {});
  });
}
