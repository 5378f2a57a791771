import { SkeletonLine } from "../../../components/Skeleton";
import { LibraryIntro } from "./LibraryIntro";
import { SearchField } from "./SearchField";
import {
  CARD,
  CARD_EXCERPT,
  CARD_META,
  CARD_TITLE,
  LIBRARY_COLUMN,
  STATUS_LINE,
} from "./library-layout";

const CARDS = [
  { title: [100, 62], excerpt: [100, 97, 70], meta: [30, 80] },
  { title: [88], excerpt: [100, 94, 55], meta: [30] },
  { title: [100, 40], excerpt: [99, 100, 64], meta: [30, 60] },
];

/**
 * The library while its index loads: the real heading and (disabled) search box, then
 * cards whose bars sit in line boxes of the real type, so nothing jumps when they fill.
 */
export function LibrarySkeleton() {
  return (
    <div className={LIBRARY_COLUMN} aria-busy="true">
      <LibraryIntro />
      <SearchField text="" disabled />
      <p role="status" className={STATUS_LINE}>
        جارٍ تحميل المقالات…
      </p>
      <ul className="space-y-4" aria-hidden="true">
        {CARDS.map((card, index) => (
          <li key={index} className={CARD}>
            <Lines className={CARD_TITLE} widths={card.title} />
            <Lines className={CARD_EXCERPT} widths={card.excerpt} />
            <Lines className={CARD_META} widths={card.meta} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Lines of the given text style, as many as `widths` has. */
function Lines({ className, widths }: { className: string; widths: number[] }) {
  return (
    <div className={className.replace(/\bflex\b|\bline-clamp-\d\b/g, "")}>
      {widths.map((width, index) => (
        <SkeletonLine key={index} width={width} />
      ))}
    </div>
  );
}
