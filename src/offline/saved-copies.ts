/**
 * Saved copies of the data the reader has been shown (each article, the library index),
 * kept in Cache Storage so that they outlive the tab and work offline; and a small store of
 * which pages are showing a saved copy right now, for the notice that says so.
 *
 * Written by app/offline/keep-copies.ts whenever the query cache receives data (fetched, or embedded in
 * a prerendered page); read by fetchJson only when the network fails. Data, not HTML: a
 * copy is validated against the schema again before use, so a copy from an older build is
 * either still a valid article or refused like any malformed file.
 */

/** One cache for every saved copy; a new version of the name would start afresh. */
export const SAVED_COPIES_CACHE = "saved-data-v1";

function cacheStorage(): CacheStorage | null {
  // Absent outside a secure context (plain http on a LAN address) and in jsdom.
  return typeof caches === "undefined" ? null : caches;
}

/** The path a copy is kept under: one key per file whatever the spelling of its URL. */
export function copyKey(url: string): string {
  const base = typeof location === "undefined" ? "http://localhost/" : location.href;
  return new URL(url, base).pathname;
}

export async function saveCopy(url: string, data: unknown): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  try {
    const cache = await storage.open(SAVED_COPIES_CACHE);
    await cache.put(
      copyKey(url),
      new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } }),
    );
  } catch {
    // Storage full or refused (private mode): the reader simply has no copy of this one.
  }
}

/** The saved copy's JSON, or undefined when there is none (or it cannot be read). */
export async function readSavedCopy(url: string): Promise<unknown> {
  const storage = cacheStorage();
  if (!storage) return undefined;
  try {
    const cache = await storage.open(SAVED_COPIES_CACHE);
    const response = await cache.match(copyKey(url));
    return response ? ((await response.json()) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

// Which data files are currently shown from a saved copy (by copyKey).
const shownFromCopy = new Set<string>();
const listeners = new Set<() => void>();

/** fetchJson reports, per file, whether what it returned came from a saved copy. */
export function setShownFromCopy(url: string, fromCopy: boolean): void {
  const key = copyKey(url);
  if (shownFromCopy.has(key) === fromCopy) return;
  if (fromCopy) shownFromCopy.add(key);
  else shownFromCopy.delete(key);
  for (const listener of listeners) listener();
}

export function isShownFromCopy(url: string): boolean {
  return shownFromCopy.has(copyKey(url));
}

export function subscribeShownFromCopy(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
