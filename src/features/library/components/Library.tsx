import { useDeferredValue, useMemo } from "react";
import { Link } from "react-router";
import type { LibraryEntry, LibraryPage } from "../../../article/schema";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import { searchLibrary } from "../utils/search-library";
import { LibraryIntro } from "./LibraryIntro";
import { LibraryList } from "./LibraryList";
import { LibraryPageNav } from "./LibraryPageNav";
import { LibrarySearch } from "./LibrarySearch";
import { LIBRARY_COLUMN, STATUS_LINE } from "./library-layout";

type LibraryProps = {
  /** The page shown while there is no query. */
  page: LibraryPage;
  /** Every article's entry, for a query: undefined while it loads. */
  searchEntries: readonly LibraryEntry[] | undefined;
  /** The entries for a query could not be loaded. */
  searchFailed: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  pagePath: (page: number) => string;
};

export function Library({
  page,
  searchEntries,
  searchFailed,
  query,
  onQueryChange,
  pagePath,
}: LibraryProps) {
  // Typing stays responsive however long the list grows.
  const deferredQuery = useDeferredValue(query);
  const trimmed = deferredQuery.trim();
  const searching = trimmed !== "";
  const results = useMemo(
    () => (searching && searchEntries ? searchLibrary(searchEntries, trimmed) : null),
    [searching, searchEntries, trimmed],
  );
  const pageTitle =
    page.page === 1 ? "قارئ الأخبار" : `الصفحة ${toArabicDigits(page.page)} — قارئ الأخبار`;

  return (
    <div className={LIBRARY_COLUMN}>
      <title>{searching ? `بحث: ${trimmed} — قارئ الأخبار` : pageTitle}</title>
      <LibraryIntro />
      <LibrarySearch query={query} onQueryChange={onQueryChange} />
      {!searching ? (
        <PageOfLibrary page={page} pagePath={pagePath} />
      ) : results === null ? (
        <p role="status" className={STATUS_LINE}>
          {searchFailed
            ? "تعذّر تحميل فهرس البحث. تحقّق من اتصالك بالإنترنت ثم ابحث من جديد."
            : "جارٍ البحث في المقالات…"}
        </p>
      ) : (
        <>
          <p role="status" className={results.length === 0 ? "sr-only" : STATUS_LINE}>
            {resultsSummary(results.length, trimmed)}
          </p>
          {results.length > 0 ? (
            <LibraryList entries={results} />
          ) : (
            <NoResult
              query={trimmed}
              hasEntries={searchEntries !== undefined && searchEntries.length > 0}
            />
          )}
        </>
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

function NoResult({ query, hasEntries }: { query: string; hasEntries: boolean }) {
  return (
    <div className="rounded-2xl border border-border bg-surface p-5 sm:p-6">
      <h2 className="mb-2 text-xl font-bold">
        لا توجد في المكتبة مقالة تطابق «<bdi>{query}</bdi>»
      </h2>
      <p className="mb-3 text-lg">
        قد تكون المقالة التي تبحث عنها غير منشورة هنا بعد. جرّب كلمة واحدة من العنوان أو اسم شخص.
      </p>
      {hasEntries && <Link to="/">اعرض كل المقالات</Link>}
    </div>
  );
}

function countArticles(count: number): string {
  if (count === 1) return "مقالة واحدة";
  if (count === 2) return "مقالتان";
  const lastTwo = count % 100;
  return `${toArabicDigits(count)} ${lastTwo >= 3 && lastTwo <= 10 ? "مقالات" : "مقالة"}`;
}

function resultsSummary(count: number, query: string): string {
  if (count === 0) return `لا نتائج للبحث عن «${query}»`;
  if (count === 1) return `نتيجة واحدة للبحث عن «${query}»`;
  if (count === 2) return `نتيجتان للبحث عن «${query}»`;
  const lastTwo = count % 100;
  return `${toArabicDigits(count)} ${lastTwo >= 3 && lastTwo <= 10 ? "نتائج" : "نتيجة"} للبحث عن «${query}»`;
}
