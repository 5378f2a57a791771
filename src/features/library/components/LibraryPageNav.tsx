import { Link } from "react-router";
import { pageListItems } from "../../../article/paging";
import { toArabicDigits } from "../../../lib/arabic-numbers";

type LibraryPageNavProps = {
  page: number;
  pageCount: number;
  /** A page's address (the route table's, which a feature does not import). */
  pagePath: (page: number) => string;
};

const ITEM =
  "inline-flex min-h-12 min-w-12 items-center justify-center rounded-xl border border-border bg-surface px-3 text-lg no-underline hover:border-accent";
const CURRENT = "border-accent bg-accent font-bold text-page hover:opacity-90";

/**
 * The library's pages as plain links, so they work before (or without) JavaScript: the
 * previous and next pages (rel="prev"/"next"), the first and last, and the pages around
 * this one, with "…" for those left out.
 */
export function LibraryPageNav({ page, pageCount, pagePath }: LibraryPageNavProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="صفحات المكتبة" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link to={pagePath(page - 1)} rel="prev" className={ITEM}>
              الصفحة السابقة
            </Link>
          </li>
        )}
        {pageListItems(page, pageCount).map((item, i) =>
          item === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-lg text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={pagePath(item)}
                aria-label={`الصفحة ${toArabicDigits(item)}`}
                aria-current={item === page ? "page" : undefined}
                className={item === page ? `${ITEM} ${CURRENT}` : ITEM}
              >
                {toArabicDigits(item)}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link to={pagePath(page + 1)} rel="next" className={ITEM}>
              الصفحة التالية
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
