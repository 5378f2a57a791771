/**
 * The library's order, newest first, total and stable:
 *
 *   1. articles with a date (the sidecar's "date", ISO 8601), the latest first;
 *   2. then articles without one;
 *   3. within the same date, and among the undated, by seed file name (code-unit order),
 *      then by slug, so no two articles ever tie.
 *
 * A seed's file time is not used: a checkout or a copy changes it, and the order would
 * change with it.
 */
import type { Article } from "../article/schema.ts";

type Ordered = Pick<Article, "slug"> & { source: Pick<Article["source"], "file" | "date"> };

function timeOf(date: string | null): number | null {
  if (date === null) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareForLibrary(a: Ordered, b: Ordered): number {
  const ta = timeOf(a.source.date);
  const tb = timeOf(b.source.date);
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  }
  return compareText(a.source.file, b.source.file) || compareText(a.slug, b.slug);
}

/** A sorted copy; the input is left as it is. */
export function sortForLibrary<T extends Ordered>(articles: readonly T[]): T[] {
  return [...articles].sort(compareForLibrary);
}
