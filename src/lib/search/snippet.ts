/**
 * Where a result's words are hit, as segments of the source text (never folded, never
 * HTML): the UI renders `hit` segments inside <mark> as plain text.
 *
 *   markHits("ذهب إلى المدرسةِ", keys of "مدرسة")
 *     → [{ text: "ذهب إلى ", hit: false }, { text: "المدرسةِ", hit: true }]
 *
 * A word is hit when its keys meet the query's keys (the same rule as the index), and the
 * mark covers the whole word with its clitics and tashkeel, so the letters stay joined.
 */
import { foldWithOffsets } from "../../text/fold.ts";
import { wordKeys } from "../../text/search-words.ts";

export interface Segment {
  text: string;
  hit: boolean;
}

export const SNIPPET = {
  /** Characters of context on each side of the first hit. */
  RADIUS: 90,
  ELLIPSIS: "…",
} as const;

const WORD = /[\p{L}\p{N}]+/gu;

/** Source spans [start, end) of the words of `text` that the keys hit. */
export function hitSpans(text: string, keys: readonly string[]): [number, number][] {
  const wanted = new Set(keys);
  const { folded, toSource } = foldWithOffsets(text);
  const lower = folded.toLowerCase();
  // Lower-casing that changes a length (rare letters such as "İ") would shift every offset.
  const words = lower.length === folded.length ? lower : folded;
  const spans: [number, number][] = [];
  for (const match of words.matchAll(WORD)) {
    if (!wordKeys(match[0]).some((key) => wanted.has(key))) continue;
    const start = toSource[match.index] ?? 0;
    const end = toSource[match.index + match[0].length] ?? text.length;
    spans.push([start, end]);
  }
  return spans;
}

function segmentsOf(text: string, spans: readonly [number, number][], from = 0, to = text.length) {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text, with every hit word marked. */
export function markHits(text: string, keys: readonly string[]): Segment[] {
  return segmentsOf(text, hitSpans(text, keys));
}

/**
 * A window of the text around its first hit (or its start, when only the title is hit),
 * cut at spaces, with an ellipsis where it was cut.
 */
export function snippet(text: string, keys: readonly string[]): Segment[] {
  const flat = text.replace(/\s+/g, " ");
  const spans = hitSpans(flat, keys);
  const first = spans[0];
  let from = first ? Math.max(0, first[0] - SNIPPET.RADIUS) : 0;
  let to = first
    ? Math.min(flat.length, first[1] + SNIPPET.RADIUS)
    : Math.min(flat.length, 2 * SNIPPET.RADIUS);
  if (from > 0) {
    const space = flat.indexOf(" ", from);
    if (space !== -1 && (!first || space < first[0])) from = space + 1;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(" ", to);
    if (space > (first ? first[1] : 0)) to = space;
  }
  const out = segmentsOf(flat, spans, from, to);
  if (from > 0) out.unshift({ text: SNIPPET.ELLIPSIS, hit: false });
  if (to < flat.length) out.push({ text: SNIPPET.ELLIPSIS, hit: false });
  return out;
}
