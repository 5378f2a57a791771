/**
 * Direction and reading figures, taken from the text itself.
 *
 *   detectDir(["روسيا تتحدث", "Reuters"]) → "rtl"
 *   readingStats(["نص من ٣ كلمات"]) → { characters: 13, words: 4, readingMinutes: 1 }
 */
import { countWords } from "./structure.ts";

export const TEXT_STATS = {
  /** Firefox Reader View's Arabic reading speed. */
  CHARS_PER_MINUTE: 612,
  /** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
  RTL_LETTER:
    /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u,
  IS_LETTER: /^\p{L}$/u,
  /** Enough letters to tell the direction; a 5 MB text need not be read to the end. */
  SAMPLE_LETTERS: 20_000,
} as const;

/** +1 for a right-to-left letter, -1 for another letter, 0 for anything else (one code point). */
function letterDir(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // Fast paths for what articles are made of; the regexes decide the rest.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? -1 : 0;
  if ((code >= 0x0621 && code <= 0x063f) || (code >= 0x0641 && code <= 0x064a)) return 1;
  if ((code >= 0x064b && code <= 0x065f) || (code >= 0x0660 && code <= 0x0669)) return 0;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
  if (!TEXT_STATS.IS_LETTER.test(ch)) return 0;
  return TEXT_STATS.RTL_LETTER.test(ch) ? 1 : -1;
}

/** The base direction: the majority of the first 20,000 strong letters; ties and no letters at all → "rtl". */
export function detectDir(texts: readonly string[]): "rtl" | "ltr" {
  let rtl = 0;
  let ltr = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const dir = letterDir(text, i);
      if (dir === 0) continue;
      if (dir > 0) rtl++;
      else ltr++;
      // An astral letter is two code units: skip its second half.
      if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++;
      if (rtl + ltr >= TEXT_STATS.SAMPLE_LETTERS) return ltr > rtl ? "ltr" : "rtl";
    }
  }
  return ltr > rtl ? "ltr" : "rtl";
}

/** Characters (UTF-16, like every offset here), words, and minutes at 612 characters a minute, at least 1. */
export function readingStats(texts: readonly string[]): {
  characters: number;
  words: number;
  readingMinutes: number;
} {
  let characters = 0;
  let words = 0;
  for (const text of texts) {
    characters += text.length;
    words += countWords(text);
  }
  return {
    characters,
    words,
    readingMinutes: Math.max(1, Math.round(characters / TEXT_STATS.CHARS_PER_MINUTE)),
  };
}
