import { useId } from "react";
import type { Diagnostic } from "../../../article/schema";
import { describeDiagnostic, lineLabel } from "../utils/messages";
import { countNoun, toArabicDigits } from "../../../lib/arabic-numbers";
import { NOTE_NOUN } from "../utils/words";

/** Shown at once; the rest behind a disclosure (a scraped page can have dozens). */
const SHOWN = 4;
const EXCERPT_CHARS = 70;

/** What the pipeline noticed and did (lines dropped, controls kept…), as a small Arabic list. */
export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const headingId = useId();
  if (diagnostics.length === 0) {
    return <p className="text-sm text-muted sm:text-base">لا ملاحظات على النص: قُرئ كما هو.</p>;
  }
  const shown = diagnostics.slice(0, SHOWN);
  const rest = diagnostics.slice(SHOWN);
  return (
    <section aria-labelledby={headingId} data-diagnostics="">
      <h2 id={headingId} className="text-sm font-bold text-ink sm:text-base">
        ملاحظات على النص ({toArabicDigits(diagnostics.length)})
      </h2>
      <ul className="mt-1 space-y-1 text-sm sm:text-base">
        {shown.map((d, i) => (
          <DiagnosticItem key={i} diagnostic={d} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="mt-1 text-sm sm:text-base">
          <summary className="cursor-pointer text-accent">{`و${countNoun(rest.length, NOTE_NOUN)} أخرى`}</summary>
          <ul className="mt-1 space-y-1">
            {rest.map((d, i) => (
              <DiagnosticItem key={i} diagnostic={d} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function DiagnosticItem({ diagnostic }: { diagnostic: Diagnostic }) {
  const { label, original } = describeDiagnostic(diagnostic);
  const text = diagnostic.text?.trim() ?? "";
  return (
    <li data-code={diagnostic.code} className="flex flex-wrap gap-x-2 text-ink">
      <span>{label}</span>
      {diagnostic.line !== null && (
        <span className="text-muted">({lineLabel(diagnostic.line)})</span>
      )}
      {text !== "" && (
        <span className="min-w-0 text-muted">
          «<bdi>{text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text}</bdi>»
        </span>
      )}
      {original !== null && (
        <span dir="ltr" className="text-muted">
          {original}
        </span>
      )}
    </li>
  );
}
