/**
 * The box's direction, taken from the text itself (its first letter), not assumed: an
 * English article pasted here reads left to right. An empty box, or one with no letter
 * yet, is right to left like the page (`dir="auto"` would make it left to right, and the
 * Arabic placeholder with it).
 *
 *   textDirection("  ١٢ عنوان") → "rtl"   textDirection("Title") → "ltr"   textDirection("") → "rtl"
 */
const FIRST_LETTER = /\p{L}/u;
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
/** Enough to find a first letter; a megabyte is not scanned on every keystroke. */
const PREFIX = 2000;

export function textDirection(text: string): "rtl" | "ltr" {
  const letter = FIRST_LETTER.exec(text.slice(0, PREFIX))?.[0];
  if (letter === undefined) return "rtl";
  return RTL_SCRIPT.test(letter) ? "rtl" : "ltr";
}
