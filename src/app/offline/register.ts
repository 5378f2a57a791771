/**
 * Registers the Workbox service worker that vite-plugin-pwa generates (vite/offline-pwa.ts).
 * A plain registration rather than workbox-window: the worker updates itself (skipWaiting +
 * clientsClaim), so the page only watches for a new build taking over (watch-new-build.ts), and
 * the article page's script stays small.
 */
import { watchForNewBuild } from "./watch-new-build";

/** Must match TRUSTED_TYPES_POLICY in vite/csp.ts, the one policy the CSP allows. */
const POLICY_NAME = "service-worker-url";

interface ScriptUrlPolicy {
  /**
   * Returns a TrustedScriptURL, which the browser accepts wherever a script URL string is
   * expected; typed as string because TypeScript's DOM library has no Trusted Types yet.
   */
  createScriptURL(input: string): string;
}

declare global {
  interface Window {
    trustedTypes?: {
      createPolicy(
        name: string,
        rules: { createScriptURL(input: string): string },
      ): ScriptUrlPolicy;
    };
  }
}

/**
 * The CSP requires Trusted Types for script URLs (require-trusted-types-for 'script'), and
 * navigator.serviceWorker.register takes one: this policy lets exactly our worker's URL through.
 */
function trustedWorkerUrl(url: string): string {
  const policy = window.trustedTypes?.createPolicy(POLICY_NAME, {
    createScriptURL(input) {
      if (input !== url) throw new TypeError(`Refused script URL: ${input}`);
      return input;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

let registered = false;

/** `entryScript`: the URL of the page's main script, which a new build replaces. */
export function registerServiceWorker(entryScript: string): void {
  // No worker in dev (Vite serves sources; there is no sw.js), nor where the browser has none.
  if (!import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator))
    return;
  // Once per page: a policy name can only be created once, and one registration is enough.
  if (registered) return;
  registered = true;
  const register = () => {
    const base = import.meta.env.BASE_URL;
    // Never fatal (a refused policy, a refused registration): the app works online
    // without a worker; only offline reading is lost.
    try {
      navigator.serviceWorker
        .register(trustedWorkerUrl(`${base}sw.js`), { scope: base })
        .then(() => watchForNewBuild(navigator.serviceWorker, entryScript))
        .catch(() => {});
    } catch {
      // as above
    }
  };
  // After the page has loaded: the worker's precache download must not compete with it.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
