/**
 * The article to render now: its first slice at once, then one more slice per task, each
 * in a transition (React yields while rendering it) and after the previous one has been
 * committed and painted. See utils/progressive.ts.
 */
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Article } from "../../../article/schema";
import { articleSteps, sliceArticle } from "../utils/progressive";

/** The first slice, about three screens of text: laid out in a few tens of milliseconds. */
export const FIRST_CHARS = 12_000;
/** Each later slice adds half the text already shown (about ten steps for a megabyte). */
export const GROWTH = 0.5;

export function useProgressiveArticle(article: Article): { shown: Article; complete: boolean } {
  const steps = useMemo(() => articleSteps(article, FIRST_CHARS, GROWTH), [article]);
  const [step, setStep] = useState(0);
  const complete = step >= steps.length - 1;

  useEffect(() => {
    if (complete) return;
    // A macrotask, so that the browser paints and handles input between slices.
    const timer = setTimeout(() => startTransition(() => setStep((s) => s + 1)), 0);
    return () => clearTimeout(timer);
  }, [step, complete]);

  const blocks = steps[Math.min(step, steps.length - 1)] ?? 0;
  const shown = useMemo(() => sliceArticle(article, blocks), [article, blocks]);
  return { shown, complete };
}
