/**
 * /read offline: the service worker keeps the person model once it has passed through it
 * (vite/offline-pwa.ts, runtime cache). On the very first visit the parse worker starts,
 * and fetches the model, before the service worker controls anything, so that fetch is not
 * kept. So when the page becomes controlled, it fetches the model once more, through the
 * service worker (usually from the HTTP cache), and the worker keeps it.
 */
import modelUrl from "../../../pipeline/people/tagger/model.json?url";

/** Starts watching; returns the function that stops. Nothing to do without service workers, or once controlled. */
export function keepModelForOffline(): () => void {
  const container = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
  if (!container || container.controller) return () => {};
  const onControlled = () => {
    // Offline or refused: the worker's own fetch on the next visit will try again.
    fetch(modelUrl).catch(() => {});
  };
  container.addEventListener("controllerchange", onControlled, { once: true });
  return () => container.removeEventListener("controllerchange", onControlled);
}
