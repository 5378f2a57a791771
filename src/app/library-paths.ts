import { PAGE_PATHS } from "./route-table";

/**
 * The library's page `page`: page 1 is the library's own address. Apart from the route
 * table, which every page loads, since only the library and the prerender name its pages.
 */
export function libraryPagePath(page: number): string {
  return page === 1 ? PAGE_PATHS.library : PAGE_PATHS["library-page"].replace(":n", String(page));
}
