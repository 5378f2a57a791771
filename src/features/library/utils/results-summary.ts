import { countNoun, RESULT_NOUN } from "../../../lib/arabic-numbers";

/** "٤ نتائج للبحث عن «القدس»": the heading over a search's results, counted in Arabic. */
export function resultsSummary(count: number, query: string): string {
  const counted = count === 0 ? "لا نتائج" : countNoun(count, RESULT_NOUN);
  return `${counted} للبحث عن «${query}»`;
}
