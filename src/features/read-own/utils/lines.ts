/**
 * Where line `n` (1-based, as the pipeline counts: after "\n") lies in a text, for
 * selecting it in the box. Lines past the end → null.
 *
 *   lineRange("أ\nبت\nث", 2) → { start: 2, end: 4 }
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next === -1) return null;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return { start, end: end === -1 ? text.length : end };
}
