import { Link } from "react-router";
import type { LibraryEntry } from "../../../article/schema";
import { formatMinutes, joinArabic } from "../../../lib/arabic-numbers";
import { CARD, CARD_EXCERPT, CARD_META, CARD_TITLE } from "./library-layout";

export function LibraryList({ entries }: { entries: readonly LibraryEntry[] }) {
  return (
    <ul className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <LibraryCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}

/** The whole card is a click target (the title link's ::after covers it), the title alone is the link. */
function LibraryCard({ entry }: { entry: LibraryEntry }) {
  return (
    <article className={`${CARD} transition-colors hover:border-accent`}>
      <h2 className={CARD_TITLE}>
        <Link
          to={`/articles/${entry.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl hover:text-accent focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
        >
          {entry.title}
        </Link>
      </h2>
      <p className={CARD_EXCERPT}>{entry.excerpt}</p>
      <dl className={CARD_META}>
        <div>
          <dt className="inline">مدة القراءة: </dt>
          <dd className="inline">{formatMinutes(entry.readingMinutes)}</dd>
        </div>
        {entry.peopleNames.length > 0 && (
          <div>
            <dt className="inline">الأشخاص: </dt>
            <dd className="inline">{joinArabic(entry.peopleNames)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
