import { useDeferredValue, useMemo } from "react";
import { Link } from "react-router";
import type { LibraryEntry } from "../../../article/schema";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import { searchLibrary } from "../utils/search-library";
import { LibraryIntro } from "./LibraryIntro";
import { LibraryList } from "./LibraryList";
import { LibrarySearch } from "./LibrarySearch";
import { LIBRARY_COLUMN, STATUS_LINE } from "./library-layout";

type LibraryProps = {
  entries: readonly LibraryEntry[];
  query: string;
  onQueryChange: (query: string) => void;
};

export function Library({ entries, query, onQueryChange }: LibraryProps) {
  // Typing stays responsive however long the list grows.
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => searchLibrary(entries, deferredQuery), [entries, deferredQuery]);
  const searching = deferredQuery.trim() !== "";

  return (
    <div className={LIBRARY_COLUMN}>
      <title>{searching ? `بحث: ${deferredQuery.trim()} — قارئ الأخبار` : "قارئ الأخبار"}</title>
      <LibraryIntro />
      <LibrarySearch query={query} onQueryChange={onQueryChange} />
      <p role="status" className={results.length === 0 ? "sr-only" : STATUS_LINE}>
        {searching
          ? resultsSummary(results.length, deferredQuery.trim())
          : countArticles(entries.length)}
      </p>
      {results.length > 0 ? (
        <LibraryList entries={results} />
      ) : (
        <NoResult query={deferredQuery.trim()} hasEntries={entries.length > 0} />
      )}
    </div>
  );
}

function NoResult({ query, hasEntries }: { query: string; hasEntries: boolean }) {
  if (!query) {
    return <p className="text-lg">لا توجد مقالات في المكتبة بعد.</p>;
  }
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
