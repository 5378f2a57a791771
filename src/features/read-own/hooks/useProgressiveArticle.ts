/**
 * The body sections to render now: the first slice at once, then one more slice after each
 * painted frame, in a transition (input still comes first). Each slice adds only its own
 * sections (see ReadResult), and its size follows the machine: the time React took
 * to render and commit the last slice scales the next one towards SLICE_BUDGET_MS, so a
 * busy machine gets smaller slices rather than longer tasks. See utils/progressive.ts.
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Article, Section } from "../../../article/schema";
import { blockOffsets, sliceArticle, sliceEnd } from "../utils/progressive";

/** The first slice: a few screens of text, shown with the outline and the title. */
export const FIRST_SLICE_CHARS = 10_000;
/**
 * React's time per later slice. The browser's style and layout of the slice's text come on
 * top, in the next frame, and take about as long; both together stay well under the 50 ms
 * of a "long task".
 */
export const SLICE_BUDGET_MS = 10;
/** Bounds on a slice (characters): at least a few paragraphs, at most a few dozen screens. */
const MIN_SLICE_CHARS = 2_000;
const MAX_SLICE_CHARS = 60_000;

/** After the next frame is painted (a timeout alone can run several slices before one paint). */
function afterPaint(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A hidden tab gets no frames: there, a timeout keeps the slices coming.
  if (typeof document !== "undefined" && document.hidden) {
    timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(next, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export interface Progress {
  sections: readonly Section[];
  /** Slices shown after the first (0 while only the first is on the page). */
  step: number;
  complete: boolean;
}

export function useProgressiveArticle(article: Article): Progress {
  const offsets = useMemo(() => blockOffsets(article), [article]);
  const [shown, setShown] = useState(() =>
    offsets.length === 0 ? 0 : sliceEnd(offsets, 0, FIRST_SLICE_CHARS),
  );
  const [step, setStep] = useState(0);
  const complete = shown >= offsets.length;
  const sliceChars = useRef(FIRST_SLICE_CHARS);
  /** When the slice being rendered was asked for (null: the first, or none). */
  const askedAt = useRef<number | null>(null);

  useLayoutEffect(() => {
    // Committed: scale the next slice by how long this one took.
    const asked = askedAt.current;
    askedAt.current = null;
    if (asked === null) return;
    const took = Math.max(1, performance.now() - asked);
    sliceChars.current = Math.min(
      MAX_SLICE_CHARS,
      Math.max(MIN_SLICE_CHARS, (sliceChars.current * SLICE_BUDGET_MS) / took),
    );
  }, [shown]);

  useEffect(() => {
    if (complete) return;
    return afterPaint(() => {
      askedAt.current = performance.now();
      startTransition(() => {
        setShown((from) => sliceEnd(offsets, from, sliceChars.current));
        setStep((s) => s + 1);
      });
    });
  }, [shown, complete, offsets]);

  const sections = useMemo(() => sliceArticle(article, shown).sections, [article, shown]);
  return { sections, step, complete };
}
