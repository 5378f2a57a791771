import { countNoun, type CountedNoun } from "../../../lib/arabic-numbers";

// Here rather than beside the other nouns in lib/arabic-numbers: that module ships in the
// entry chunk, and every export any chunk uses stays with it.
const RESULT_NOUN: CountedNoun = {
  one: "نتيجة واحدة",
  two: "نتيجتان",
  few: "نتائج",
  many: "نتيجة",
  other: "نتيجة",
};

/** "٤ نتائج للبحث عن «القدس»": the heading over a search's results, counted in Arabic. */
export function resultsSummary(count: number, query: string): string {
  const counted = count === 0 ? "لا نتائج" : countNoun(count, RESULT_NOUN);
  return `${counted} للبحث عن «${query}»`;
}
