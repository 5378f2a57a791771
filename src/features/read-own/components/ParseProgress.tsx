import type { ParseState } from "../hooks/useArticleParser";

/** What the worker is doing, in the reader's words. */
function statusText(state: ParseState): string {
  if (state.status === "cancelled") return "أُلغي التحليل، والنص كما هو.";
  if (state.status !== "parsing") return "";
  switch (state.stage) {
    case "model":
      return "جارٍ التحليل… تحميل نموذج التعرّف على الأسماء";
    case "parsing":
      return "جارٍ التحليل… قراءة النص والتعرّف على الأشخاص";
    case "rendering":
      return "جارٍ عرض المقال…";
    default:
      return "جارٍ التحليل…";
  }
}

/**
 * The live status line (always in the page, so that screen readers announce each change)
 * and, while parsing, an indeterminate progress bar and a cancel button. parseArticle is one
 * call with no progress of its own, so the stages are all there is to tell.
 */
export function ParseProgress({ state, onCancel }: { state: ParseState; onCancel: () => void }) {
  const parsing = state.status === "parsing";
  const text = statusText(state);
  return (
    <div
      className={
        parsing
          ? "mt-6 flex flex-wrap items-center gap-x-4 gap-y-3 rounded-xl border border-border bg-surface p-4"
          : "mt-4"
      }
    >
      <div className={parsing ? "min-w-0 flex-1" : undefined}>
        <p
          role="status"
          aria-live="polite"
          className={text === "" ? "sr-only" : "text-base text-ink"}
        >
          {text}
        </p>
        {parsing && (
          <progress aria-label="تقدّم التحليل" className="mt-2 block h-2 w-full accent-accent" />
        )}
      </div>
      {parsing && (
        <button
          type="button"
          onClick={onCancel}
          className="inline-flex min-h-11 items-center rounded-lg border border-border bg-surface px-4 text-base text-ink hover:border-muted"
        >
          إلغاء
        </button>
      )}
    </div>
  );
}
