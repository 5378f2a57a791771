/**
 * Match keys: what two strings are compared on when they should count as the same words.
 * Each folds Arabic (foldArabic) and then drops what that kind of match ignores. The text
 * shown to readers is never a key; keys only decide equality.
 */
import { foldArabic } from "./fold.ts";

const SPACES = /\s+/g;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A search query or the text it is searched in: Latin case and punctuation go too, such as
 * the quotes the seed puts around names.
 *   normalizeForSearch("“بشّار الأسد”") → "بشار الاسد"
 */
export function normalizeForSearch(text: string): string {
  return foldArabic(text)
    .toLowerCase()
    .replace(PUNCTUATION_OR_SYMBOL, " ")
    .replace(SPACES, " ")
    .trim();
}

/** A read-also title: "«مصادر: لقاء»" → "مصادر لقاء". Equal keys mean the same title. */
export function titleKey(title: string): string {
  return foldArabic(title).toLowerCase().replace(NOT_WORD, " ").trim();
}

/** A person's name: "بشّار  الأسد" → "بشار الاسد". Equal keys mean the same name. */
export function nameKey(name: string): string {
  return foldArabic(name).replace(SPACES, " ").trim();
}
