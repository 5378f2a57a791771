import { useId } from "react";
import type { Person } from "../../../article/schema";
import { useReader } from "../hooks/reader-context";
import { useReaderField } from "../hooks/reader-store";
import { MENTION_NOUN, countNoun, toArabicDigits } from "../../../lib/arabic-numbers";
import { HighlightSwitch } from "./HighlightSwitch";
import { PresenceStrip } from "./PresenceStrip";

export const PEOPLE_TITLE = "الأشخاص في المقال";

/**
 * The people named in the article. Choosing one (a pressed toggle) marks all their
 * mentions strongly and offers previous/next buttons that step through them in reading
 * order, scrolling each into view and focusing it.
 */
export function PeoplePanel() {
  const { article, index, highlight } = useReader();
  const titleId = useId();
  // xl:contain-paint: the sticky column is already a scroll box there, so this clips nothing
  // more; it keeps the column's painted area the same wherever the page is, so that a long
  // jump through the page does not repaint it (the presence strip of a 200-section article
  // cost ~11 ms of a 70 ms frame at 4× CPU slowdown; bench/long-article.ts).
  return (
    <aside
      aria-labelledby={titleId}
      data-print="hide"
      dir={article.dir}
      className="text-sm leading-relaxed xl:sticky xl:top-[var(--reader-sticky-top,0px)] xl:max-h-[calc(100dvh-var(--reader-sticky-top,0px))] xl:self-start xl:overflow-y-auto xl:py-10 xl:contain-paint"
    >
      <div className="rounded-xl border border-border bg-surface p-4">
        <h3 id={titleId} className="text-base font-bold text-ink">
          {PEOPLE_TITLE}
        </h3>
        <div className="mt-2 border-b border-border pb-3">
          <HighlightSwitch />
        </div>
        {article.people.length === 0 ? (
          <p className="mt-3 text-muted">لا يذكر المقال أحداً بالاسم.</p>
        ) : (
          <ul className="mt-3 grid gap-1 sm:grid-cols-2 sm:gap-x-4 xl:grid-cols-1">
            {article.people.map((person) => (
              <PersonEntry
                key={person.id}
                person={person}
                total={index.byPerson.get(person.id)?.length ?? person.mentions}
              />
            ))}
          </ul>
        )}
        {!highlight && (
          <p className="mt-2 text-xs text-muted">الإبراز متوقف: الأسماء تظهر نصاً عادياً.</p>
        )}
        <div className="mt-4 border-t border-border pt-3">
          <PresenceStrip />
        </div>
      </div>
    </aside>
  );
}

function PersonEntry({ person, total }: { person: Person; total: number }) {
  const { index, activePerson, setActivePerson, mentions, store } = useReader();
  const active = activePerson === person.id;
  // Where the stepper stands: the last mention of this person that had focus, however it
  // got it (the stepper, the card, a click or Tab), so stepping continues from there.
  const position = useReaderField(store, "focusedKey", (focusedKey) => {
    const ref = focusedKey === null ? undefined : index.byKey.get(focusedKey);
    return ref?.person === person.id ? ref.ordinal : -1;
  });
  const list = index.byPerson.get(person.id) ?? [];

  const step = (delta: number) => {
    if (list.length === 0) return;
    const from = position < 0 ? (delta > 0 ? -1 : 0) : position;
    const target = list[(from + delta + list.length) % list.length];
    if (target) mentions.focusMention(target.key, { showCard: false });
  };

  const stepButton =
    "rounded-md border border-border bg-page px-3 py-1 font-bold text-ink hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";
  return (
    <li>
      <button
        type="button"
        aria-pressed={active}
        onClick={() => setActivePerson(active ? null : person.id)}
        className={`flex w-full items-start gap-2 rounded-lg border px-2 py-1.5 text-start transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus ${
          active ? "border-accent bg-page" : "border-transparent hover:bg-page"
        }`}
      >
        <span
          aria-hidden="true"
          className={`mt-1.5 size-3 shrink-0 rounded-sm ${active ? "bg-mention-strong" : "bg-mention"}`}
        />
        <span className="min-w-0 flex-1">
          <span dir="auto" className="block font-bold text-ink">
            {person.name}
          </span>
          {person.role !== "" && (
            <span dir="auto" className="block text-xs text-muted">
              {person.role}
            </span>
          )}
        </span>
        <span className="shrink-0 pt-0.5 text-xs text-muted">{countNoun(total, MENTION_NOUN)}</span>
      </button>
      {active && list.length > 0 && (
        <div className="mt-1 flex items-center gap-2 ps-7">
          <button type="button" className={stepButton} onClick={() => step(-1)}>
            السابق
          </button>
          <span
            aria-live="polite"
            className="flex-1 text-center text-xs font-bold text-ink tabular-nums"
          >
            {position < 0
              ? countNoun(list.length, MENTION_NOUN)
              : `${toArabicDigits(position + 1)} من ${toArabicDigits(list.length)}`}
          </span>
          <button type="button" className={stepButton} onClick={() => step(1)}>
            التالي
          </button>
        </div>
      )}
    </li>
  );
}
