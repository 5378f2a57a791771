/**
 * Folding Arabic for matching, never for display: the source text stays verbatim.
 *
 *   foldArabic("بشّار الأسد")  → "بشار الاسد"
 *   foldArabic("إقرأ أيضاً")   → "اقرا ايضا"
 *
 * What folds (see shared notes on Arabic): tashkeel and Quranic marks, tatweel, and the
 * alef forms أ إ آ ٱ → ا. What does not: ى and ي, ة and ه stay apart, or "على" (on)
 * would match "علي" (Ali).
 */

// Tashkeel U+064B–U+065F, superscript alef U+0670, Quranic annotation marks, tatweel U+0640.
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/;

function foldChar(ch: string): string {
  if (DROPPED.test(ch)) return "";
  if (ALEF_FORMS.test(ch)) return "\u0627";
  return ch;
}

export function foldArabic(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

/**
 * Folds and keeps a map back to the source, so a match found in the folded text can be
 * reported as offsets into the verbatim text.
 * `toSource[i]` is the source offset of folded offset `i`; `toSource[folded.length]` is
 * `text.length`, so an end-exclusive folded span [s, e) maps to [toSource[s], toSource[e]).
 * A match that ends just before dropped marks extends over them (toSource of the next kept
 * character), so a highlighted name keeps its own tashkeel.
 */
export function foldWithOffsets(text: string): { folded: string; toSource: number[] } {
  let folded = "";
  const toSource: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f) {
      folded += f;
      for (let k = 0; k < f.length; k++) toSource.push(i);
    }
    i += ch.length;
  }
  toSource.push(text.length);
  return { folded, toSource };
}
