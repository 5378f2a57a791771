/**
 * /read offline: the service worker keeps the person model once it has passed through it
 * (vite/offline-pwa.ts, runtime cache). On the very first visit the parse worker may start,
 * and fetch the model, before the service worker controls anything, and then that fetch is
 * not kept. So once the page is controlled (at once, or when the service worker takes over),
 * it looks for the model in the caches and, when it is missing, fetches it once more through
 * the service worker (usually from the HTTP cache), which keeps it. Looking rather than
 * trusting the order of events: whether the worker's fetch passed through the service
 * worker depends on a race between its start and the service worker's activation.
 */
import modelUrl from "../../../pipeline/people/tagger/model.json?url";

/** Fetches the model through the service worker unless a cache already holds it. */
async function keepIfMissing(): Promise<void> {
  if ((await caches.match(modelUrl)) !== undefined) return;
  await fetch(modelUrl);
}

/** Starts watching; returns the function that stops. Nothing to do without service workers or caches. */
export function keepModelForOffline(): () => void {
  const container = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
  if (!container || typeof caches === "undefined") return () => {};
  // Offline or refused: the worker's own fetch on the next visit will try again.
  const onControlled = () => void keepIfMissing().catch(() => {});
  if (container.controller) {
    // The parse worker, started in the same commit, may be fetching the model right now
    // through the service worker: look once it has had time to finish.
    const timer = setTimeout(onControlled, 5_000);
    return () => clearTimeout(timer);
  }
  container.addEventListener("controllerchange", onControlled, { once: true });
  return () => container.removeEventListener("controllerchange", onControlled);
}
