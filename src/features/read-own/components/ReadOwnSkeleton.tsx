import { ReadOwnIntro } from "./ReadOwnIntro";
import { PAGE_COLUMN, TEXT_BOX, TEXT_HINT, TEXT_HINT_WORDS, TEXT_LABEL, TEXT_ROWS } from "./read-own-layout";

/**
 * What /read shows while its code loads (the route is lazy): the real heading and the box
 * where the text will go, drawn with the same classes (a disabled textarea, hidden from
 * assistive technology), so nothing moves when the page replaces it. Statically imported by
 * the route table, so it is kept to markup.
 */
export function ReadOwnSkeleton() {
  return (
    <div className={PAGE_COLUMN} aria-busy="true">
      <ReadOwnIntro />
      <div aria-hidden="true">
        <p className={TEXT_LABEL}>نص المقال</p>
        <p className={TEXT_HINT}>{TEXT_HINT_WORDS}</p>
        <textarea disabled tabIndex={-1} rows={TEXT_ROWS} className={TEXT_BOX} />
      </div>
    </div>
  );
}
