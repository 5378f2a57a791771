import type { Section } from "../../../article/schema";
import { useReader } from "../hooks/reader-context";
import { MENTION_NOUN, countNoun, toArabicDigits } from "../../../lib/arabic-numbers";

const LEAD_LABEL = "المقدّمة";
/** One letter for the lead's column; the legend under the table spells it out. */
const LEAD_MARK = "م";
const STRIP_TITLE = "أين يظهر كلّ شخص";
/**
 * Above this many sections the table waits behind a disclosure. Far wider than the panel, it
 * is then read by scrolling sideways, and laying out its cells (people × sections, ~3,000
 * boxes for a 190-section text) was the longest task of showing a long article: 80–150 ms
 * of CPU at once, on a desktop machine.
 */
export const WIDE_STRIP_SECTIONS = 30;

/**
 * "Who appears where": people × sections, each cell the number of mentions there. A cell
 * with mentions jumps to its section, exactly as the outline does. Headed sections are
 * numbered as in the outline; the lead (no heading) is "م".
 */
export function PresenceStrip() {
  const { article, index, activePerson, goToSection } = useReader();
  const columns = sectionColumns(article.sections);

  // Closed, the browser neither styles nor lays out what a <details> holds; it opens
  // without JavaScript too.
  return (
    <details open={columns.length <= WIDE_STRIP_SECTIONS}>
      <summary className="mb-1 cursor-pointer text-sm font-bold text-ink">{STRIP_TITLE}</summary>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-0.5 text-center text-xs sm:w-auto xl:w-full">
          <caption className="sr-only">{STRIP_TITLE}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start font-normal text-muted">
                الشخص
              </th>
              {columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  title={column.label}
                  className="min-w-6 font-normal text-muted"
                >
                  <span aria-hidden="true">{column.mark}</span>
                  <span className="sr-only">{column.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {article.people.map((person) => {
              const counts = index.perSection.get(person.id);
              const active = activePerson === person.id;
              return (
                <tr key={person.id}>
                  <th
                    scope="row"
                    dir="auto"
                    className="max-w-28 truncate py-0.5 pe-1 text-start font-normal text-ink"
                  >
                    {person.name}
                  </th>
                  {columns.map((column) => {
                    const count = counts?.get(column.id) ?? 0;
                    if (count === 0) {
                      return (
                        <td key={column.id} className="text-muted">
                          <span aria-hidden="true">·</span>
                        </td>
                      );
                    }
                    return (
                      <td key={column.id}>
                        <button
                          type="button"
                          data-section={column.id}
                          title={`${countNoun(count, MENTION_NOUN)} في «${column.label}»`}
                          aria-label={`${toArabicDigits(count)} في «${column.label}»`}
                          onClick={() => goToSection(column.id)}
                          className={`h-6 w-full min-w-6 rounded-sm font-bold text-ink tabular-nums hover:outline hover:outline-1 hover:outline-accent focus-visible:outline-2 focus-visible:outline-focus ${
                            active ? "bg-mention-strong" : "bg-mention"
                          }`}
                        >
                          {toArabicDigits(count)}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-muted">
          {LEAD_MARK}: {LEAD_LABEL}، والأرقام أقسام الفهرس.
        </p>
      </div>
    </details>
  );
}

function sectionColumns(
  sections: readonly Section[],
): { id: string; mark: string; label: string }[] {
  const columns = [];
  let number = 0;
  for (const section of sections) {
    if (section.heading === null) {
      columns.push({ id: section.id, mark: LEAD_MARK, label: LEAD_LABEL });
    } else {
      number += 1;
      columns.push({ id: section.id, mark: toArabicDigits(number), label: section.heading });
    }
  }
  return columns;
}
