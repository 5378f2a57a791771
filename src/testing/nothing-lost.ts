/**
 * "Nothing lost", as a function: the article's title, headings, paragraphs, read-also
 * lines and the dropped lines recorded in its diagnostics give back the source lines.
 *
 *   sourceLines("تخطى إلى المحتوى\n\nعنوان  \n")           → [{ line: 1, text: "تخطى إلى المحتوى" }, { line: 3, text: "عنوان" }]
 *   recoveredLines(parseArticle(that, …))                  → the same two lines
 */
import type { Article } from "../article/schema.ts";

export const NOTHING_LOST = {
  /** Diagnostics that stand for a dropped line and quote it whole. */
  DROPPED_CODES: new Set(["dropped-boilerplate", "dropped-separator", "dropped-navigation"]),
  LINE_BREAK: /\r\n|\r|\n/,
  BOM: /^\uFEFF/,
} as const;

export interface NumberedLine {
  line: number;
  text: string;
}

/** Every non-blank line of a source, trailing spaces trimmed, BOM removed: what must come back. */
export function sourceLines(source: string): NumberedLine[] {
  return source
    .replace(NOTHING_LOST.BOM, "")
    .split(NOTHING_LOST.LINE_BREAK)
    .map((text, i) => ({ line: i + 1, text: text.trimEnd() }))
    .filter((l) => l.text.trim() !== "");
}

/** The lines an article holds, in source order. */
export function recoveredLines(article: Article): NumberedLine[] {
  const out: NumberedLine[] = [
    { line: article.titlePosition.start.line, text: article.titleSource ?? article.title },
  ];
  for (const section of article.sections) {
    if (section.heading !== null && section.headingPosition) {
      out.push({
        line: section.headingPosition.start.line,
        text: section.headingSource ?? section.heading,
      });
    }
    for (const block of section.blocks) {
      if (block.type === "paragraph") {
        out.push({ line: block.position.start.line, text: block.text });
        continue;
      }
      const [first = "", ...rest] = (block.label + block.title).split("\n");
      out.push({ line: block.position.start.line, text: first });
      // A label standing alone on its line has its title on a later line.
      for (const text of rest) out.push({ line: block.position.end.line, text });
    }
  }
  for (const d of article.diagnostics) {
    if (NOTHING_LOST.DROPPED_CODES.has(d.code) && d.line !== null && d.text !== null)
      out.push({ line: d.line, text: d.text });
  }
  return out.sort((a, b) => a.line - b.line);
}
