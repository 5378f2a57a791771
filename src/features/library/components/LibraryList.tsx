import { Link } from "react-router";
import type { LibraryEntry } from "../../../article/schema";
import { formatReadingTime, joinArabic } from "../../../lib/format";

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
    <article className="relative rounded-2xl border border-border bg-surface p-5 transition-colors hover:border-accent sm:p-6">
      <h2 className="mb-2 text-xl font-bold sm:text-2xl">
        <Link
          to={`/articles/${entry.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl hover:text-accent focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
        >
          {entry.title}
        </Link>
      </h2>
      <p className="mb-4 line-clamp-3 text-lg leading-reading text-ink/90">{entry.excerpt}</p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-base text-muted">
        <div>
          <dt className="sr-only">مدة القراءة</dt>
          <dd>{formatReadingTime(entry.readingMinutes)}</dd>
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
