/**
 * The words only /read says with a number: its counted nouns and the time a parse took, by the
 * rules every page counts with (lib/arabic-numbers.ts).
 *
 *   countNoun(4, NOTE_NOUN) → "٤ ملاحظات"   formatSeconds(1234) → "١٫٢ ثانية"
 */
import { toArabicDigits, type CountedNoun } from "../../../lib/arabic-numbers";

export const NOTE_NOUN: CountedNoun = {
  one: "ملاحظة واحدة",
  two: "ملاحظتان",
  few: "ملاحظات",
  many: "ملاحظة",
  other: "ملاحظة",
};

export const CHARACTER_NOUN: CountedNoun = {
  one: "حرف واحد",
  two: "حرفان",
  few: "أحرف",
  many: "حرفاً",
  other: "حرف",
};

/** Seconds with one decimal: 1234 ms → "١٫٢ ثانية"; under a second → "أقل من ثانية". */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return "أقل من ثانية";
  const tenths = Math.round(ms / 100) / 10;
  const text = toArabicDigits(String(tenths)).replace(".", "٫");
  if (tenths === 1) return "ثانية واحدة";
  if (tenths === 2) return "ثانيتين";
  return Number.isInteger(tenths) && tenths >= 3 && tenths <= 10 ? `${text} ثوانٍ` : `${text} ثانية`;
}
