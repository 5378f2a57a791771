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
  RTL_LETTER: /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u,
  LETTER: /\p{L}/gu,
  /** Enough letters to tell the direction; a 5 MB text need not be read to the end. */
  SAMPLE_LETTERS: 20_000,
} as const;

/** The base direction: the majority of the first 20,000 strong letters; ties and no letters at all → "rtl". */
export function detectDir(texts: readonly string[]): "rtl" | "ltr" {
  let rtl = 0;
  let ltr = 0;
  for (const text of texts) {
    for (const [letter] of text.matchAll(TEXT_STATS.LETTER)) {
      if (TEXT_STATS.RTL_LETTER.test(letter)) rtl++;
      else ltr++;
      if (rtl + ltr >= TEXT_STATS.SAMPLE_LETTERS) return ltr > rtl ? "ltr" : "rtl";
    }
  }
  return ltr > rtl ? "ltr" : "rtl";
}

/** Characters (UTF-16, like every offset here), words, and minutes at 612 characters a minute, at least 1. */
export function readingStats(texts: readonly string[]): { characters: number; words: number; readingMinutes: number } {
  let characters = 0;
  let words = 0;
  for (const text of texts) {
    characters += text.length;
    words += countWords(text);
  }
  return { characters, words, readingMinutes: Math.max(1, Math.round(characters / TEXT_STATS.CHARS_PER_MINUTE)) };
}
