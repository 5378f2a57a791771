/**
 * The full-text search's results: loaded on demand (the library page's list does not need
 * it), from the static search files. Titles and snippets are plain text with <mark> on the
 * words hit; nothing here is ever HTML.
 */
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { SearchDoc } from "../../../lib/search/search-format";
import { markHits, snippet, type Segment } from "../../../lib/search/snippet";
import { searchArticlesQueryOptions } from "../api/search-articles";
import { CARD, CARD_TITLE, STATUS_LINE } from "./library-layout";
import { resultsSummary } from "../utils/results-summary";
import { NoResult, SearchPending } from "./search-states";

export function SearchResults({ query }: { query: string }) {
  const search = useInfiniteQuery({
    ...searchArticlesQueryOptions(query),
    // While the next word's files load, the last results stay: nothing jumps.
    placeholderData: keepPreviousData,
  });

  if (search.isPending) return <SearchPending />;
  if (search.isError && !search.data) {
    return (
      <div role="alert" className="rounded-2xl border border-border bg-surface p-5 sm:p-6">
        <h2 className="mb-2 text-xl font-bold">تعذّر البحث الآن</h2>
        <p className="mb-4 text-lg">لم يصل فهرس البحث. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.</p>
        <button
          type="button"
          onClick={() => void search.refetch()}
          className="min-h-12 rounded-xl bg-accent px-5 text-lg font-bold text-page hover:opacity-90"
        >
          أعد المحاولة
        </button>
      </div>
    );
  }

  const pages = search.data.pages;
  const total = pages[0]?.total ?? 0;
  const keys = pages[0]?.keys ?? [];
  const docs = pages.flatMap((page) => page.docs);
  return (
    <div aria-busy={search.isFetching}>
      <p role="status" className={total === 0 ? "sr-only" : STATUS_LINE}>
        {resultsSummary(total, query.trim())}
      </p>
      {total === 0 ? (
        <NoResult query={query.trim()} />
      ) : (
        <ul className="space-y-4">
          {docs.map((doc) => (
            <li key={doc.slug}>
              <ResultCard doc={doc} keys={keys} />
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage && (
        <button
          type="button"
          disabled={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
          className="mt-6 min-h-12 w-full rounded-xl border border-muted bg-surface px-5 text-lg font-bold text-ink hover:border-accent"
        >
          {search.isFetchingNextPage ? "جارٍ تحميل المزيد…" : "اعرض نتائج أخرى"}
        </button>
      )}
    </div>
  );
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.hit ? (
      <mark key={i} className="rounded-none bg-accent/20 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

function ResultCard({ doc, keys }: { doc: SearchDoc; keys: string[] }) {
  return (
    <article className={`${CARD} transition-colors hover:border-accent`}>
      <h2 className={CARD_TITLE}>
        <Link
          to={`/articles/${doc.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl hover:text-accent focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
        >
          <Marked segments={markHits(doc.title, keys)} />
        </Link>
      </h2>
      <p className="text-lg leading-reading text-ink/90" data-snippet>
        <Marked segments={snippet(doc.text, keys)} />
      </p>
    </article>
  );
}
