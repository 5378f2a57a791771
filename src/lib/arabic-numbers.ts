/**
 * Numbers, counted nouns and durations in Arabic, written the same way on the server and in
 * every browser. Intl's Arabic output depends on the ICU version (CLDR moved some `ar` locales
 * to Latin digits), which would make prerendered HTML and the hydrated page disagree, so the
 * digits are mapped by hand. The app writes every number in Arabic-Indic digits (٠١٢٣).
 *
 * The nouns that more than one page counts are here; a noun only one feature says lives with
 * that feature (its module stays out of the article page's bundle), counted by the same rule.
 *
 *   toArabicDigits(12)           → "١٢"
 *   countNoun(1, MENTION_NOUN)   → "إشارة واحدة"
 *   countNoun(2, MENTION_NOUN)   → "إشارتان"
 *   countNoun(3, MENTION_NOUN)   → "٣ إشارات"
 *   countNoun(12, MENTION_NOUN)  → "١٢ إشارة"
 *   countNoun(1500, MENTION_NOUN) → "١٬٥٠٠ إشارة"
 */

const ARABIC_INDIC_ZERO = 0x0660;

export function toArabicDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d)));
}

/** 1234567 → "١٬٢٣٤٬٥٦٧" (the Arabic thousands separator, by hand like the digits). */
export function groupDigits(value: number): string {
  return toArabicDigits(String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, "٬"));
}

/**
 * The forms an Arabic noun takes after a number (CLDR's Arabic plural categories):
 * a dual, the plural after 3–10, the accusative singular after 11–99, the genitive
 * singular after 0 and round hundreds.
 */
export interface CountedNoun {
  /** "إشارة واحدة": one, said without a digit. */
  one: string;
  /** "إشارتان": two, the dual, said without a digit. */
  two: string;
  /** "إشارات": after 3–10. */
  few: string;
  /** "إشارة": after 11–99 (the accusative singular; "شخصاً"). */
  many: string;
  /** "إشارة": after 0 and hundreds (100–102, 200 …), the genitive singular. */
  other: string;
}

export const MENTION_NOUN: CountedNoun = {
  one: "إشارة واحدة",
  two: "إشارتان",
  few: "إشارات",
  many: "إشارة",
  other: "إشارة",
};

export const MINUTE_NOUN: CountedNoun = {
  one: "دقيقة واحدة",
  two: "دقيقتان",
  few: "دقائق",
  many: "دقيقة",
  other: "دقيقة",
};

export const PERSON_NOUN: CountedNoun = {
  one: "شخص واحد",
  two: "شخصان",
  few: "أشخاص",
  many: "شخصاً",
  other: "شخص",
};

export const RESULT_NOUN: CountedNoun = {
  one: "نتيجة واحدة",
  two: "نتيجتان",
  few: "نتائج",
  many: "نتيجة",
  other: "نتيجة",
};

export function countNoun(count: number, noun: CountedNoun): string {
  if (count === 1) return noun.one;
  if (count === 2) return noun.two;
  const lastTwo = count % 100;
  const form = lastTwo >= 3 && lastTwo <= 10 ? noun.few : lastTwo >= 11 ? noun.many : noun.other;
  return `${groupDigits(count)} ${form}`;
}

/** formatMinutes(1) → "دقيقة واحدة"   formatMinutes(4) → "٤ دقائق"   formatMinutes(15) → "١٥ دقيقة" */
export function formatMinutes(minutes: number): string {
  return countNoun(minutes, MINUTE_NOUN);
}

/** Lists in running Arabic text take the Arabic comma: joinArabic(["أ", "ب"]) → "أ، ب" */
export function joinArabic(items: readonly string[]): string {
  return items.join("، ");
}
