import { describeFailure, lineLabel, type ReadFailure } from "../utils/messages";
import { lineRange } from "../utils/lines";
import { SECONDARY_BUTTON } from "./read-own-layout";

interface FailureNoticeProps {
  failure: ReadFailure;
  fileName: string | null;
  /** The text in the box, when the failure's line is one of its lines (null for a file that could not be decoded). */
  text: string | null;
  /** The box, with the text in it (a long text is put there first): where the line is selected. */
  showLine: () => HTMLTextAreaElement | null;
  onRetry: () => void;
}

const EXCERPT_CHARS = 80;

/** Why the text could not be read, in Arabic, with the line (quoted, and one click away in the box). */
export function FailureNotice({ failure, fileName, text, showLine, onRetry }: FailureNoticeProps) {
  const { message, line, original, retry } = describeFailure(failure, fileName);
  const range = line !== null && text !== null ? lineRange(text, line) : null;
  const excerpt = range && text !== null ? text.slice(range.start, range.end).trim() : "";

  const goToLine = () => {
    const box = showLine();
    if (!box || !range) return;
    box.focus();
    box.setSelectionRange(range.start, range.end);
  };

  return (
    <div
      role="alert"
      className="mt-6 rounded-xl border border-border border-s-4 border-s-mention-strong bg-surface p-4 sm:p-5"
    >
      <p className="text-lg font-bold text-ink">{message}</p>
      {line !== null && (
        <p className="mt-2 text-base text-ink">
          في {lineLabel(line)}
          {excerpt !== "" && (
            <>
              :{" "}
              <span className="text-muted">
                «
                <bdi>
                  {excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}…` : excerpt}
                </bdi>
                »
              </span>
            </>
          )}
        </p>
      )}
      {(range || retry) && (
        <div className="mt-3 flex flex-wrap gap-2">
          {range && (
            <button type="button" onClick={goToLine} className={SECONDARY_BUTTON}>
              انتقل إلى {lineLabel(line ?? 1)} في النص
            </button>
          )}
          {retry && (
            <button type="button" onClick={onRetry} className={SECONDARY_BUTTON}>
              أعد المحاولة
            </button>
          )}
        </div>
      )}
      {original !== null && (
        <details className="mt-3 text-base text-muted">
          <summary className="cursor-pointer">التفاصيل التقنية</summary>
          <p dir="ltr" className="mt-1 text-start font-mono text-sm break-all">
            {original}
          </p>
        </details>
      )}
    </div>
  );
}
