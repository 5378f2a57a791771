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
// Checked by char code, not by regex: folding runs on every character of every article.
function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed)
  );
}

// أ آ إ ٱ → ا
function isAlefForm(code: number): boolean {
  return code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671;
}

const ALEF = "\u0627";

export function foldArabic(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDropped(code)) continue;
    out += isAlefForm(code) ? ALEF : text[i];
  }
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
  // Folding works per UTF-16 unit: every character it changes is in the BMP, and a
  // surrogate pair passes through as two kept units, each mapped to its own offset.
  let folded = "";
  const toSource: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDropped(code)) continue;
    folded += isAlefForm(code) ? ALEF : text[i];
    toSource.push(i);
  }
  toSource.push(text.length);
  return { folded, toSource };
}
