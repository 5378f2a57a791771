import { SkeletonBar, SkeletonLine } from "../../../components/Skeleton";
import {
  ARTICLE_HEADER,
  LAYOUT_ARTICLE,
  LAYOUT_GRID,
  LAYOUT_OUTLINE,
  LAYOUT_PANEL,
  META,
  TITLE,
} from "./reader-layout";

const LOADING = "جارٍ التحميل";

/** Line widths for the placeholder paragraphs: ragged like start-aligned Arabic text. */
const PARAGRAPHS = [
  [100, 97, 99, 62],
  [98, 100, 71],
  [100, 96, 99, 94, 40],
  [99, 100, 83],
];
const OUTLINE_ITEMS = [88, 70, 94, 62, 80];

/**
 * The reader's layout with neutral blocks in place of text: the same grid, the same
 * title, meta, outline column and paragraph rhythm, so the article replaces it without a
 * jump. Blocks are one line-height tall (1.9em of the reader's font size).
 */
export function ArticleReaderSkeleton() {
  return (
    <div aria-busy="true" className={LAYOUT_GRID}>
      <p role="status" className="sr-only">
        {LOADING}
      </p>
      <div className={LAYOUT_OUTLINE} aria-hidden="true">
        <div className="hidden space-y-2 py-10 lg:block">
          <SkeletonBar className="h-3 w-16" />
          <SkeletonBar className="mb-4 h-4 w-11/12" />
          {OUTLINE_ITEMS.map((width, i) => (
            <SkeletonBar key={i} className="h-5" width={width} />
          ))}
        </div>
      </div>
      <div className={LAYOUT_ARTICLE} aria-hidden="true">
        <div className="leading-[1.9]">
          <div className={ARTICLE_HEADER}>
            {/* A news title takes about three lines beside the outline, four on a phone. */}
            <div className={TITLE}>
              <SkeletonLine width={100} />
              <SkeletonLine width={92} />
              <div className="sm:hidden">
                <SkeletonLine width={96} />
              </div>
              <SkeletonLine width={45} />
            </div>
            <div className={META}>
              <SkeletonLine width={30} />
            </div>
          </div>
          {PARAGRAPHS.map((lines, i) => (
            <div key={i} className="mb-[1em]">
              {lines.map((width, j) => (
                <SkeletonLine key={j} width={width} />
              ))}
            </div>
          ))}
        </div>
      </div>
      <div className={LAYOUT_PANEL} aria-hidden="true">
        <div className="space-y-3 rounded-xl border border-border bg-surface p-4 xl:mt-10">
          <SkeletonBar className="h-4 w-32" />
          <SkeletonBar className="h-5 w-24" />
          {[0, 1, 2, 3, 4].map((i) => (
            <SkeletonBar key={i} className="h-8" width={100} />
          ))}
        </div>
      </div>
    </div>
  );
}
