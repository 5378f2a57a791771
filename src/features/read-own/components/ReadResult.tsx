import { useEffect, useRef } from "react";
import type { Article } from "../../../article/schema";
import { ArticleReader } from "../../article/components/ArticleReader";
import type { ParseTimings } from "../api/protocol";
import { useProgressiveArticle } from "../hooks/useProgressiveArticle";
import { formatSeconds } from "../utils/count";
import { DiagnosticsList } from "./DiagnosticsList";
import { SECONDARY_BUTTON } from "./read-own-layout";

interface ReadResultProps {
  article: Article;
  timings: ParseTimings;
  onEdit: () => void;
}

/** Above this many blocks, paragraphs far from the viewport are not laid out until they come near. */
const LONG_ARTICLE_BLOCKS = 150;

/**
 * For a long text: `content-visibility: auto` lets the browser skip style, layout and paint
 * of paragraphs and outline entries far from the viewport (they stay in the accessibility
 * tree and in find-in-page), so a later full relayout (a new font size) stays cheap too.
 * A paragraph stands in as about four lines until it has been laid out once; its real size
 * is remembered after that (`auto`). Paragraphs only: on sections, the containment would
 * stop the heading's margin collapsing with the paragraph before it and change the rhythm.
 */
const LAZY_LAYOUT = [
  "[&_article_p]:[content-visibility:auto] [&_article_p]:[contain-intrinsic-block-size:auto_4lh]",
  "[&_nav_li]:[content-visibility:auto] [&_nav_li]:[contain-intrinsic-block-size:auto_2.2em]",
].join(" ");

function blockCount(article: Article): number {
  return article.sections.reduce((sum, section) => sum + section.blocks.length, 0);
}

/**
 * The parsed text in the app's own reader, under a bar that says where it came from, what
 * the pipeline noticed, and leads back to the text. A long text is shown a slice at a time.
 */
export function ReadResult({ article, timings, onEdit }: ReadResultProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { shown, complete } = useProgressiveArticle(article);

  useEffect(() => {
    // A new view in the same page: start at its top, with focus on the article's title so
    // that a screen reader reads what just appeared.
    window.scrollTo(0, 0);
    const title = rootRef.current?.querySelector("h1");
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
  }, []);

  return (
    <div ref={rootRef}>
      <title>{`${article.title} — نصّك في قارئ الأخبار`}</title>
      <div data-print="hide" className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-[96rem] flex-col gap-3 px-4 py-3 sm:px-6 sm:py-4 lg:flex-row lg:items-start lg:gap-10">
          <div className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-2">
            <button type="button" onClick={onEdit} className={SECONDARY_BUTTON}>
              <BackIcon />
              عدّل النص
            </button>
            <p role="status" className="text-sm text-muted sm:text-base">
              {complete
                ? `حُلِّل في متصفحك في ${formatSeconds(timings.parseMs)}، ولم يُرسَل إلى أي مكان.`
                : "جارٍ عرض بقية النص…"}
            </p>
          </div>
          <div className="min-w-0 lg:flex-1">
            <DiagnosticsList diagnostics={article.diagnostics} />
          </div>
        </div>
      </div>
      <div
        aria-busy={!complete || undefined}
        data-complete={complete || undefined}
        className={blockCount(article) > LONG_ARTICLE_BLOCKS ? LAZY_LAYOUT : undefined}
      >
        <ArticleReader article={shown} />
      </div>
    </div>
  );
}

/** Points to the inline start (right, in Arabic): back. */
function BackIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-5 shrink-0 ltr:rotate-180"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 10h12M11 5l5 5-5 5" />
    </svg>
  );
}
