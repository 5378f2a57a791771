/**
 * Arabic numbers and durations for the app shell (the library, error messages).
 *
 * Digits are mapped by hand to Arabic-Indic (٠١٢…), not through Intl: ICU versions differ
 * on the default digits of `ar`, and a prerendered page must read exactly like the browser
 * that hydrates it. Same convention as the reader's utils/arabic-numbers.ts.
 */

/** toArabicDigits(500) → "٥٠٠" */
export function toArabicDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}

/**
 * Arabic counts agree with the number: 1 and 2 are said without a digit, 3–10 take the
 * plural, 11–99 the singular.
 *   formatMinutes(1) → "دقيقة واحدة"   formatMinutes(4) → "٤ دقائق"   formatMinutes(15) → "١٥ دقيقة"
 */
export function formatMinutes(minutes: number): string {
  if (minutes === 1) return "دقيقة واحدة";
  if (minutes === 2) return "دقيقتان";
  const lastTwo = minutes % 100;
  const noun = lastTwo >= 3 && lastTwo <= 10 ? "دقائق" : "دقيقة";
  return `${toArabicDigits(minutes)} ${noun}`;
}

/** Lists in running Arabic text take the Arabic comma: joinArabic(["أ", "ب"]) → "أ، ب" */
export function joinArabic(items: readonly string[]): string {
  return items.join("، ");
}
