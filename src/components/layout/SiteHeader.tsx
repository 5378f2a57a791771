import type { ReactNode } from "react";
import { Link } from "react-router";

/** `actions` is a slot so the shared layout does not import a feature (the app passes settings). */
export function SiteHeader({ actions }: { actions?: ReactNode }) {
  // A fixed height (60 px at the default text size), not one that the Arabic font's line
  // metrics decide (61.39 px): the page's sticky columns sit that far down until they
  // stick, and at a fractional offset their painted area moves by a pixel when they stick,
  // which repaints them. On a 200-section article that was ~16 ms of a 44 ms frame at 4×
  // CPU slowdown, on an outline jump (bench/long-article.ts).
  return (
    <header data-print="hide" className="border-b border-border bg-surface">
      <div className="mx-auto flex h-15 max-w-[96rem] items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          to="/"
          className="inline-flex min-h-11 items-center gap-2 text-xl font-bold text-ink no-underline hover:text-accent"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
            <rect width="32" height="32" rx="7" className="fill-accent" />
            <path
              d="M9 11h14M9 16h14M14 21h9"
              className="stroke-page"
              strokeWidth="2.4"
              strokeLinecap="round"
            />
          </svg>
          <span>قارئ الأخبار</span>
        </Link>
        {actions}
      </div>
    </header>
  );
}
