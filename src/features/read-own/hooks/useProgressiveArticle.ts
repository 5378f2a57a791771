/**
 * The body sections to render now: the first slice at once, then one more slice after each
 * painted frame, in a transition (input still comes first). Slices are a fixed amount of
 * text: each one adds only its own sections (see ProgressiveReader), so the work per slice
 * does not grow with what is already shown. See utils/progressive.ts.
 */
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Article, Section } from "../../../article/schema";
import { articleSteps, sliceArticle } from "../utils/progressive";

/**
 * Characters per slice. Measured on a 2-core machine with a megabyte of Arabic: a slice of
 * 25,000 characters costs about 10–20 ms (commit, style, layout), the whole megabyte about
 * 40 slices, one a frame.
 */
export const SLICE_CHARS = 25_000;

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
  const steps = useMemo(() => articleSteps(article, SLICE_CHARS), [article]);
  const [step, setStep] = useState(0);
  const complete = step >= steps.length - 1;

  useEffect(() => {
    if (complete) return;
    return afterPaint(() => startTransition(() => setStep((s) => s + 1)));
  }, [step, complete]);

  const blocks = steps[Math.min(step, steps.length - 1)] ?? 0;
  const sections = useMemo(() => sliceArticle(article, blocks).sections, [article, blocks]);
  return { sections, step, complete };
}
