import { useDeferredValue } from "react";
import type { LibraryPage } from "../../../article/schema";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import { LibraryIntro } from "./LibraryIntro";
import { LibraryList } from "./LibraryList";
import { LibraryPageNav } from "./LibraryPageNav";
import { LibrarySearch } from "./LibrarySearch";
import { LIBRARY_COLUMN, STATUS_LINE } from "./library-layout";
// In the library page's own chunk rather than a chunk of its own: a second level of lazy
// chunks made the bundler split React out of the entry, which every article page then
// paid for in bytes and one more request. The index itself is fetched on the first query.
import { SearchResults } from "./SearchResults";

type LibraryProps = {
  /** The page shown while there is no query. */
  page: LibraryPage;
  query: string;
  onQueryChange: (query: string) => void;
  pagePath: (page: number) => string;
};

export function Library({ page, query, onQueryChange, pagePath }: LibraryProps) {
  // Typing stays responsive: the results follow the box, not every keystroke.
  const deferredQuery = useDeferredValue(query);
  const trimmed = deferredQuery.trim();
  const searching = trimmed !== "";
  const pageTitle =
    page.page === 1 ? "قارئ الأخبار" : `الصفحة ${toArabicDigits(page.page)} — قارئ الأخبار`;

  return (
    <div className={LIBRARY_COLUMN}>
      <title>{searching ? `بحث: ${trimmed} — قارئ الأخبار` : pageTitle}</title>
      <LibraryIntro />
      <LibrarySearch query={query} onQueryChange={onQueryChange} />
      {searching ? (
        <SearchResults query={deferredQuery} />
      ) : (
        <PageOfLibrary page={page} pagePath={pagePath} />
      )}
    </div>
  );
}

function PageOfLibrary({ page, pagePath }: Pick<LibraryProps, "page" | "pagePath">) {
  return (
    <>
      <p role="status" className={page.articles.length === 0 ? "sr-only" : STATUS_LINE}>
        {page.pageCount > 1
          ? `${countArticles(page.total)}، الصفحة ${toArabicDigits(page.page)} من ${toArabicDigits(page.pageCount)}`
          : countArticles(page.total)}
      </p>
      {page.articles.length > 0 ? (
        <LibraryList entries={page.articles} />
      ) : (
        <p className="text-lg">لا توجد مقالات في المكتبة بعد.</p>
      )}
      <LibraryPageNav page={page.page} pageCount={page.pageCount} pagePath={pagePath} />
    </>
  );
}

function countArticles(count: number): string {
  if (count === 1) return "مقالة واحدة";
  if (count === 2) return "مقالتان";
  const lastTwo = count % 100;
  return `${toArabicDigits(count)} ${lastTwo >= 3 && lastTwo <= 10 ? "مقالات" : "مقالة"}`;
}
