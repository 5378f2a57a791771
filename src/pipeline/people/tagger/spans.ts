/**
 * Person spans from BIO tags, and their exact-match scores as conlleval computes them: a
 * span starts at B-PERS, or at an I-PERS that does not continue a span; it counts as found
 * only when both its ends match a gold span.
 */
import type { PersonTag } from "./conll.ts";

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export function spansFromTags(tags: readonly PersonTag[]): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : "O";
    const continues = t === "I-PERS" && open >= 0;
    if (open >= 0 && !continues) {
      spans.push({ start: open, end: i });
      open = -1;
    }
    if (t === "B-PERS" || (t === "I-PERS" && open < 0)) open = i;
  }
  return spans;
}

export interface SpanScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreSpans(gold: readonly PersonTag[], predicted: readonly PersonTag[]): SpanScore {
  if (gold.length !== predicted.length) {
    throw new Error(`scoreSpans: ${gold.length} gold tags but ${predicted.length} predicted`);
  }
  const g = spansFromTags(gold);
  const p = spansFromTags(predicted);
  const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}`));
  const correct = p.filter((s) => goldKeys.has(`${s.start}:${s.end}`)).length;
  return summarize(g.length, p.length, correct);
}

export function summarize(gold: number, predicted: number, correct: number): SpanScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}
