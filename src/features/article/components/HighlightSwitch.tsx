import { useReader } from "../hooks/reader-context";

export const HIGHLIGHT_LABEL = "إبراز الأسماء";

/** Turns the colouring of names off and on; only colours change, never a box. */
export function HighlightSwitch() {
  const { highlight, setHighlight } = useReader();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={highlight}
      onClick={() => setHighlight(!highlight)}
      className="group inline-flex items-center gap-3 rounded-md py-1 text-sm font-bold text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <span
        aria-hidden="true"
        className={`relative inline-block h-5 w-9 shrink-0 rounded-full border transition-colors ${
          highlight ? "border-accent bg-accent" : "border-muted bg-page"
        }`}
      >
        <span
          className={`absolute top-0.5 size-3.5 rounded-full transition-[inset-inline-start] ${
            highlight ? "start-[1.05rem] bg-surface" : "start-0.5 bg-muted"
          }`}
        />
      </span>
      {HIGHLIGHT_LABEL}
    </button>
  );
}
