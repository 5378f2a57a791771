import type { LibraryEntry } from "../../../article/schema";
import { normalizeForSearch } from "../../../text/match-keys";

/**
 * Every word of the query must appear in the entry's title, excerpt or people's names,
 * so "الاسد اردوغان" finds the article that names both. An empty query keeps everything.
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = normalizeForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = normalizeForSearch(
      [entry.title, entry.excerpt, ...entry.peopleNames].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
}
