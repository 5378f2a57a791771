/**
 * A text too long for the box. A textarea lays out every line of its value, on paste and
 * on every change: a megabyte of Arabic took 400–900 ms of main-thread layout in Chromium
 * on this project's 2-core machine, before any parsing. So a text over BOX_MAX_CHARS is
 * kept whole in the page's state (and sessionStorage) and the box is replaced by a card
 * that says how long it is and how it starts and ends; the reader can still ask to see it
 * in the box (and wait).
 *
 *   pastedValue("أب", 1, 1, "X") → "أXب"      edgeLines("\n\nعنوان\n\nنص\nآخر سطر\n") → { first: "عنوان", last: "آخر سطر" }
 */

/** About 30 ms of layout in the box on this machine: a very long news feature fits. */
export const BOX_MAX_CHARS = 30_000;

/** The box's value after a paste of `pasted` over the selection [start, end), line breaks as a textarea keeps them (\n). */
export function pastedValue(value: string, start: number, end: number, pasted: string): string {
  return value.slice(0, start) + pasted.replace(/\r\n?/g, "\n") + value.slice(end);
}

/** The first and last lines with something on them (trimmed); "" for a blank text. */
export function edgeLines(text: string): { first: string; last: string } {
  const head = text.trimStart();
  const firstEnd = head.indexOf("\n");
  const tail = text.trimEnd();
  return {
    first: (firstEnd === -1 ? head : head.slice(0, firstEnd)).trim(),
    last: tail.slice(tail.lastIndexOf("\n") + 1).trim(),
  };
}
