/**
 * Words as the full-text search sees them: folded (foldArabic), lower-cased, and with the
 * clitics that Arabic glues to the front of a word taken off, so that "بالمدرسة",
 * "والمدرسة", "للمدرسة" and "مدرسة" meet on one key.
 *
 *   searchWords("ذهبتُ إلى المدرسةِ")   → ["ذهبت", "الى", "المدرسة"]
 *   wordKeys("بالمدرسة")               → ["بالمدرسة", "المدرسة", "مدرسة"]
 *   wordKeys("ولد")                    → ["ولد"]  (a stem keeps at least three letters)
 *
 * The index files a word under every key it has; a query word is looked up under every
 * key it has, and a hit on its own form ranks above a hit on a shorter key.
 */
import { foldArabic } from "./fold.ts";

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export const SEARCH_WORDS = {
  /** A key never gets shorter than this: "ولد" (boy) is not "لد", "بيت" is not "يت". */
  MIN_STEM: 3,
  /** Conjunctions, then prepositions, then the article: و + ب + ال = "وبال". */
  CONJUNCTIONS: ["", "و", "ف"],
  PREPOSITIONS: ["", "ب", "ك", "ل"],
  ARTICLES: ["", "ال"],
} as const;

function cliticPrefixes(): string[] {
  const out = new Set<string>();
  for (const conjunction of SEARCH_WORDS.CONJUNCTIONS) {
    for (const preposition of SEARCH_WORDS.PREPOSITIONS) {
      for (const article of SEARCH_WORDS.ARTICLES) {
        // ل before ال drops the alef in writing: ل + المدرسة → للمدرسة.
        const joined =
          preposition === "ل" && article === "ال"
            ? `${conjunction}لل`
            : `${conjunction}${preposition}${article}`;
        if (joined) out.add(joined);
      }
    }
  }
  return [...out];
}

/** Every clitic prefix, longest first: "وبال", "فلل", … "ال", "و". */
export const CLITIC_PREFIXES: readonly string[] = cliticPrefixes().sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);

/** Folds a word for search: what the index and a query compare. */
export function foldWord(word: string): string {
  return foldArabic(word).toLowerCase();
}

/** The words of a text, folded, in order; punctuation and spaces split them. */
export function searchWords(text: string): string[] {
  return foldWord(text).split(NOT_WORD).filter(Boolean);
}

/**
 * The keys of one folded word: itself, then the word without each clitic prefix it starts
 * with, as long as MIN_STEM letters remain; longest first, no repeats.
 */
export function wordKeys(word: string): string[] {
  const keys = [word];
  for (const prefix of CLITIC_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length);
    if (stem.length >= SEARCH_WORDS.MIN_STEM && !keys.includes(stem)) keys.push(stem);
  }
  return keys.sort((a, b) => b.length - a.length);
}

/** The query's words, each with its keys; repeated words count once. */
export function queryTerms(query: string): { word: string; keys: string[] }[] {
  const words = [...new Set(searchWords(query))];
  return words.map((word) => ({ word, keys: wordKeys(word) }));
}
