/**
 * Inspection: things in the text a reader or an editor should know about, reported as
 * diagnostics and never changed (the text stays verbatim).
 *
 *   inspectLines([{ line: 4, offset: 0, text: "نص <script>x</script>" }])
 *     → [{ severity: "warning", code: "html-like", line: 4, text: "نص <script>x</script>", ... }]
 */
import type { Diagnostic } from "../article/schema.ts";
import type { ContentLine } from "./clean.ts";

export const INSPECT = {
  /** LRE RLE PDF LRO RLO and LRI RLI FSI PDI: invisible controls that can reorder what a reader sees. */
  BIDI_CONTROLS: /[\u202A-\u202E\u2066-\u2069]/g,
  PDF: "\u202C",
  PDI: "\u2069",
  ISOLATES: new Set(["\u2066", "\u2067", "\u2068"]),
  /** A tag, a comment or an entity: text that looks like HTML (it is shown as text, never run). */
  HTML_LIKE:
    /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--|&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/,
  SCRIPT_TAG: /<\s*\/?\s*script\b/i,
  /**
   * Combining marks stacked on one letter beyond what any script writes (Arabic stacks two or
   * three: shadda and a vowel): "Zalgo" text that draws over the lines around it.
   */
  MARK_RUN: /\p{M}{17,}/gu,
  MAX_MARKS_IN_A_ROW: 16,
  /** A line longer than this is reported: probably a whole page glued into one line. */
  LONG_LINE_CHARS: 10_000,
  /** A text longer than this is reported: it will be slow to load and to read. */
  LARGE_ARTICLE_CHARS: 1_000_000,
  /** Diagnostics quote at most this much of a line (the start of it, verbatim). */
  QUOTE_CHARS: 200,
} as const;

/** "abc…(300 chars)" → its first QUOTE_CHARS characters, never half of a surrogate pair (an emoji). */
export function quote(text: string): string {
  if (text.length <= INSPECT.QUOTE_CHARS) return text;
  const last = text.charCodeAt(INSPECT.QUOTE_CHARS - 1);
  return text.slice(
    0,
    last >= 0xd800 && last <= 0xdbff ? INSPECT.QUOTE_CHARS - 1 : INSPECT.QUOTE_CHARS,
  );
}

/** "\u202B" → "U+202B" */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * How many embeddings, overrides and isolates a line opens and never closes (a reader's
 * renderer must contain them to the block). [RLO, PDF] → 0; [RLO, LRI] → 2; [PDI] → 0
 */
function unclosedBidi(controls: readonly string[]): number {
  const stack: Array<"embedding" | "isolate"> = [];
  for (const c of controls) {
    if (c === INSPECT.PDF) {
      if (stack[stack.length - 1] === "embedding") stack.pop();
    } else if (c === INSPECT.PDI) {
      // A PDI closes the last open isolate and every embedding opened inside it.
      const last = stack.lastIndexOf("isolate");
      if (last !== -1) stack.length = last;
    } else stack.push(INSPECT.ISOLATES.has(c) ? "isolate" : "embedding");
  }
  return stack.length;
}

export function inspectLines(lines: readonly ContentLine[], totalChars: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (totalChars > INSPECT.LARGE_ARTICLE_CHARS) {
    out.push({
      severity: "warning",
      code: "large-article",
      message: `the text is ${totalChars} characters long (over ${INSPECT.LARGE_ARTICLE_CHARS}); built, but slow to load`,
      line: null,
      text: null,
    });
  }
  for (const { line, text } of lines) {
    const found = text.match(INSPECT.BIDI_CONTROLS) ?? [];
    const bidi = [...new Set(found)];
    if (bidi.length > 0) {
      const open = unclosedBidi(found);
      out.push({
        severity: "warning",
        code: "bidi-control",
        message: `bidi control character(s) ${bidi.map(codePoint).join(", ")} kept in the text${open > 0 ? `, ${open} of them never closed on the line` : ""}; they can reorder what a reader sees`,
        line,
        text: quote(text),
      });
    }
    if (INSPECT.HTML_LIKE.test(text)) {
      const script = INSPECT.SCRIPT_TAG.test(text);
      out.push({
        severity: "warning",
        code: "html-like",
        message: script
          ? "a <script> tag in the text, kept as plain text (never run)"
          : "HTML-looking text, kept as plain text",
        line,
        text: quote(text),
      });
    }
    let marks = 0;
    for (const [run] of text.matchAll(INSPECT.MARK_RUN)) marks = Math.max(marks, run.length);
    if (marks > 0) {
      out.push({
        severity: "warning",
        code: "combining-marks",
        message: `${marks} combining marks in a row (over ${INSPECT.MAX_MARKS_IN_A_ROW}), kept in the text; they can draw over the lines around them`,
        line,
        text: quote(text),
      });
    }
    if (text.length > INSPECT.LONG_LINE_CHARS) {
      out.push({
        severity: "warning",
        code: "long-line",
        message: `a line of ${text.length} characters (over ${INSPECT.LONG_LINE_CHARS}), kept as one paragraph`,
        line,
        text: quote(text),
      });
    }
  }
  return out;
}
