import { useEffect, useRef, type ComponentType } from "react";
import type { Article, Section } from "../../../article/schema";
import type { ParseTimings } from "../api/protocol";
import { useProgressiveArticle } from "../hooks/useProgressiveArticle";
import { formatSeconds } from "../utils/words";
import { DiagnosticsList } from "./DiagnosticsList";
import { SECONDARY_BUTTON } from "./read-own-layout";

/** What the app's reader is given here: the article, and how much of it is on the page so far. */
export interface ReaderProps {
  article: Article;
  /** The body sections shown so far, in order. */
  renderedSections: readonly Section[];
  /** The people panel is on the page. */
  withPanel: boolean;
}

/**
 * The app's article reader. The app passes it in (src/app/pages/read-own.tsx): a feature
 * does not import another feature, and /read shows its text in the same reader as an
 * article page.
 */
export type ReaderComponent = ComponentType<ReaderProps>;

interface ReadResultProps {
  article: Article;
  timings: ParseTimings;
  onEdit: () => void;
  Reader: ReaderComponent;
}

/** Above this many blocks, sections far from the viewport are not laid out until they come near. */
const LONG_ARTICLE_BLOCKS = 150;
/** A section with more blocks than this (a long text with few or no sub-headings) is skipped paragraph by paragraph too. */
const LONG_SECTION_BLOCKS = 60;

/**
 * For a long text: `content-visibility: auto` lets the browser skip style, layout and paint
 * of what is far from the viewport. It stays in the accessibility tree and in find-in-page,
 * and a later full relayout (a new font size) stays cheap.
 *
 * On sections rather than on every paragraph: each such element is watched by the
 * browser's own intersection observer, and with ~4,600 paragraphs (a megabyte) that cost
 * ~20 ms in every frame, scrolling included; ~190 sections cost ~1 ms. A skipped section
 * stands in as about 40 lines until it has been laid out once, then as its real size
 * (`auto`). Its containment stops margins collapsing across it, which changes nothing
 * here: a section body's last block has no bottom margin (`.reader-blocks` in index.css),
 * so the heading's own top margin makes the gap, as in a short article (checked: 2.34em).
 * (The reader also lets the browser skip section bodies far from the viewport, but only
 * those on the page when it is first shown: here that is the first slice alone.)
 */
const LAZY_SECTIONS = [
  "[&_article_section]:[content-visibility:auto] [&_article_section]:[contain-intrinsic-block-size:auto_40lh]",
  "[&_nav_li]:[content-visibility:auto] [&_nav_li]:[contain-intrinsic-block-size:auto_2.2em]",
  // The people panel too: below the article (narrow screens) its table is laid out only when scrolled near.
  "[&_aside]:[content-visibility:auto] [&_aside]:[contain-intrinsic-block-size:auto_30rem]",
].join(" ");
/** Paragraphs one by one, where one section alone is long: there a section is too big a unit to skip. */
const LAZY_PARAGRAPHS =
  "[&_article_p]:[content-visibility:auto] [&_article_p]:[contain-intrinsic-block-size:auto_4lh]";

function lazyLayout(article: Article): string | undefined {
  let blocks = 0;
  let longest = 0;
  for (const section of article.sections) {
    blocks += section.blocks.length;
    longest = Math.max(longest, section.blocks.length);
  }
  if (blocks <= LONG_ARTICLE_BLOCKS) return undefined;
  return longest > LONG_SECTION_BLOCKS ? `${LAZY_SECTIONS} ${LAZY_PARAGRAPHS}` : LAZY_SECTIONS;
}

/**
 * The parsed text in the app's own reader, under a bar that says where it came from, what
 * the pipeline noticed, and leads back to the text. A long text is shown a slice at a time.
 */
export function ReadResult({ article, timings, onEdit, Reader }: ReadResultProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { sections, step, complete } = useProgressiveArticle(article);

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
        className={lazyLayout(article)}
      >
        {/* The whole article (its outline, people panel and mention index are built once from
            it) and only the sections shown so far: each slice's work is its new text's alone.
            A growing article instead re-rendered every name mark and the outline per slice,
            tasks of up to ~200 ms for a megabyte. The people panel comes a frame after the
            first slice; its who-appears-where table stays closed for a long text. */}
        <Reader article={article} renderedSections={sections} withPanel={step > 0 || complete} />
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
