/**
 * Every page of the app as plain data: the router gives each address its page (route-objects.tsx),
 * and the prerender (scripts/prerender.ts) reads which addresses to write and which built
 * files each page preloads. The prerender runs in Node, so this file imports nothing: no
 * React, nothing of the browser's.
 */

/** Each page's address from the site's root: ":name" is a parameter, "*" any address no other page takes. */
export const PAGE_PATHS = {
  library: "/",
  // The library's later pages; "/" is its page 1.
  "library-page": "/page/:n",
  article: "/articles/:slug",
  "read-own": "/read",
  // A prerender writes this page as 404.html, which static hosts serve with a 404 status.
  "not-found": "*",
} as const;

/** A page's route id: what routeIdsAt reports, and the embedded data records, for an address. */
export type PageRouteId = keyof typeof PAGE_PATHS;

export const PAGE_ROUTE_IDS = Object.keys(PAGE_PATHS) as PageRouteId[];

/**
 * The module each page loaded when first shown comes from (src/app/pages/lazy-pages.tsx
 * imports it), from the project's root as the build's manifest names it: its prerendered
 * page preloads the module's built files, so hydration need not wait a round trip for them.
 * Apart from the paths, so that the browser's bundle, which never reads it, leaves it out.
 */
export const LAZY_PAGE_MODULES: Readonly<Partial<Record<PageRouteId, string>>> = {
  library: "src/app/pages/library.tsx",
  "library-page": "src/app/pages/library.tsx",
  "read-own": "src/app/pages/read-own.tsx",
};

/** An article's address. */
export function articlePath(slug: string): string {
  return PAGE_PATHS.article.replace(":slug", slug);
}

/** The route id of a page's address ("/page/2" → "library-page"); null for none but the catch-all. */
export function pageRouteIdAt(url: string): PageRouteId | null {
  const pathname = url.split(/[?#]/)[0] ?? "";
  for (const id of PAGE_ROUTE_IDS) {
    const pattern = PAGE_PATHS[id];
    if (pattern === "*") continue;
    const source = pattern.replace(/:[a-z]+/g, "[^/]+");
    if (new RegExp(`^${source}$`).test(pathname)) return id;
  }
  return null;
}
