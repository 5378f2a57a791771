import type { MouseEvent } from "react";

export const MAIN_ID = "main";

/**
 * The first focusable element of every page. Without JavaScript the href does the work
 * (browsers move the focus start to a #fragment target); with it, focus moves to <main>
 * without touching the URL, so no "#main" history entry appears for the article's
 * section scroll-spy or Back button to trip over.
 */
export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus(); // focusing also scrolls it into view
  };
  return (
    <a
      href={`#${MAIN_ID}`}
      onClick={onClick}
      data-print="hide"
      // Parked above the viewport (not display:none, which would take it out of the Tab
      // order) and brought into view on focus.
      className="fixed start-3 top-3 z-50 -translate-y-[calc(100%+2rem)] rounded-lg bg-accent px-4 py-2 text-base font-bold text-page no-underline focus:translate-y-0 focus:shadow-lg"
    >
      تخطَّ إلى المحتوى
    </a>
  );
}
