import { lazy, Suspense, useDeferredValue } from "react";
import type { LibraryEntry } from "../../../article/schema";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import { LibraryIntro } from "./LibraryIntro";
import { LibraryList } from "./LibraryList";
import { LibrarySearch } from "./LibrarySearch";
import { LIBRARY_COLUMN, STATUS_LINE } from "./library-layout";
import { SearchPending } from "./search-states";

/** The full-text search and its results: fetched on the first query, not with the list. */
const SearchResults = lazy(() => import("./SearchResults"));

type LibraryProps = {
  entries: readonly LibraryEntry[];
  query: string;
  onQueryChange: (query: string) => void;
};

export function Library({ entries, query, onQueryChange }: LibraryProps) {
  // Typing stays responsive: the results follow the box, not every keystroke.
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.trim() !== "";

  return (
    <div className={LIBRARY_COLUMN}>
      <title>{searching ? `بحث: ${deferredQuery.trim()} — قارئ الأخبار` : "قارئ الأخبار"}</title>
      <LibraryIntro />
      <LibrarySearch query={query} onQueryChange={onQueryChange} />
      {searching ? (
        <Suspense fallback={<SearchPending />}>
          <SearchResults query={deferredQuery} />
        </Suspense>
      ) : (
        <>
          <p role="status" className={entries.length === 0 ? "sr-only" : STATUS_LINE}>
            {countArticles(entries.length)}
          </p>
          {entries.length > 0 ? (
            <LibraryList entries={entries} />
          ) : (
            <p className="text-lg">لا توجد مقالات في المكتبة بعد.</p>
          )}
        </>
      )}
    </div>
  );
}

function countArticles(count: number): string {
  if (count === 1) return "مقالة واحدة";
  if (count === 2) return "مقالتان";
  const lastTwo = count % 100;
  return `${toArabicDigits(count)} ${lastTwo >= 3 && lastTwo <= 10 ? "مقالات" : "مقالة"}`;
}
