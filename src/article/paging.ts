/**
 * The library's pages: a fixed number of entries each, newest first, so a page's HTML and
 * JSON stay the same size whether the library holds 10 articles or 100,000. Shared by the
 * build (which splits the index into pages) and the app (which lists the pages).
 *
 *   pageCountFor(45)      → 3          (20 a page; an empty library still has its page 1)
 *   parsePageNumber("2")  → 2;  parsePageNumber("02") → null;  parsePageNumber("x") → null
 *   pageListItems(7, 20)  → [1, "gap", 6, 7, 8, "gap", 20]
 */

/** Entries per library page: one constant for the build, the prerender and the app. */
export const LIBRARY_PAGE_SIZE = 20;

/** Page numbers as an address writes them: no sign, no leading zero, at most nine digits. */
const PAGE_NUMBER = /^[1-9][0-9]{0,8}$/;

/** Pages either side of the current one that the page list names. */
const PAGE_LIST_NEIGHBOURS = 1;

export function pageCountFor(total: number, size: number = LIBRARY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of page `page` (1-based). */
export function pageSlice<T>(
  entries: readonly T[],
  page: number,
  size: number = LIBRARY_PAGE_SIZE,
): T[] {
  return entries.slice((page - 1) * size, page * size);
}

/** The page an address names ("/page/2" → 2), or null when it names none. */
export function parsePageNumber(text: string): number | null {
  return PAGE_NUMBER.test(text) ? Number(text) : null;
}

export type PageListItem = number | "gap";

/**
 * The page list: the first and last pages, the current one and its neighbours, and a gap
 * where pages are left out (a gap of one page names that page instead).
 */
export function pageListItems(current: number, pageCount: number): PageListItem[] {
  const shown = new Set<number>([1, pageCount]);
  for (let page = current - PAGE_LIST_NEIGHBOURS; page <= current + PAGE_LIST_NEIGHBOURS; page++)
    if (page >= 1 && page <= pageCount) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageListItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) items.push(previous + 1);
    else if (page - previous > 2) items.push("gap");
    items.push(page);
    previous = page;
  }
  return items;
}
