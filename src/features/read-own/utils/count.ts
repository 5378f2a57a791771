/**
 * Counted nouns for this page (the same rules as the reader's): 1 and 2 said in words,
 * 3–10 the plural, 11–99 the accusative singular, 0 and hundreds the genitive singular.
 *
 *   countNoun(1, NOTE_NOUN) → "ملاحظة واحدة"   countNoun(4, NOTE_NOUN) → "٤ ملاحظات"
 */
import { toArabicDigits } from "../../../lib/format";

export interface CountedNoun {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

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

export function countNoun(count: number, noun: CountedNoun): string {
  if (count === 1) return noun.one;
  if (count === 2) return noun.two;
  const lastTwo = count % 100;
  const form = lastTwo >= 3 && lastTwo <= 10 ? noun.few : lastTwo >= 11 ? noun.many : noun.other;
  return `${groupDigits(count)} ${form}`;
}

/** 1234567 → "١٬٢٣٤٬٥٦٧" (the Arabic thousands separator, by hand like the digits). */
export function groupDigits(value: number): string {
  return toArabicDigits(String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, "٬"));
}

/** Seconds with one decimal: 1234 ms → "١٫٢ ثانية"; under a second → "أقل من ثانية". */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return "أقل من ثانية";
  const tenths = Math.round(ms / 100) / 10;
  const text = toArabicDigits(String(tenths)).replace(".", "٫");
  if (tenths === 1) return "ثانية واحدة";
  if (tenths === 2) return "ثانيتين";
  return Number.isInteger(tenths) && tenths >= 3 && tenths <= 10 ? `${text} ثوانٍ` : `${text} ثانية`;
}
