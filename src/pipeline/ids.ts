/**
 * ASCII ids and slugs from Arabic (or any) text: safe in a URL hash, an HTML id and a
 * CSS selector, readable enough to recognise, stable for the same text.
 *
 *   transliterate("روسيا تُرتّب لعقد اجتماع") → "rwsya trtb lqd ajtma"
 *   slugify("000_ba3d84ed962b3426")        → "000-ba3d84ed962b3426"
 *   sectionId("روسيا تُرتّب لعقد اجتماع وزاري بين أنقرة") → "rwsya-trtb-lqd-ajtma"
 */

import { ID_PATTERN } from "../article/patterns.ts";

export const IDS = {
  /** A loose one-letter-per-letter scheme: short and ASCII, not a scholarly romanisation. */
  LETTERS: {
    ا: "a",
    أ: "a",
    إ: "i",
    آ: "a",
    ٱ: "a",
    ء: "",
    ؤ: "u",
    ئ: "i",
    ب: "b",
    ت: "t",
    ث: "th",
    ج: "j",
    ح: "h",
    خ: "kh",
    د: "d",
    ذ: "dh",
    ر: "r",
    ز: "z",
    س: "s",
    ش: "sh",
    ص: "s",
    ض: "d",
    ط: "t",
    ظ: "z",
    ع: "",
    غ: "gh",
    ف: "f",
    ق: "q",
    ك: "k",
    ل: "l",
    م: "m",
    ن: "n",
    ه: "h",
    و: "w",
    ي: "y",
    ى: "a",
    ة: "a",
    پ: "p",
    چ: "ch",
    گ: "g",
    ڤ: "v",
    ی: "y",
    ک: "k",
  } as Readonly<Record<string, string>>,
  /** Arabic-Indic (U+0660…) and extended (U+06F0…) digits. */
  DIGITS: /[\u0660-\u0669\u06F0-\u06F9]/,
  /** Words of a heading kept in its section id, and the id's length cap. */
  SECTION_WORDS: 4,
  SECTION_CHARS: 40,
  SLUG_CHARS: 80,
  ASCII_WORD_CHAR: /[A-Za-z0-9]/,
  /** Combining marks and tatweel: dropped, they carry no letter. */
  MARK: /[\p{M}\u0640]/u,
  SPACES: /\s+/g,
  STARTS_WITH_LETTER: /^[a-z]/,
} as const;

/** "أنقرة 2022" → "anqra 2022"; anything else (punctuation, marks) → a space or nothing. */
export function transliterate(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKD")) {
    const mapped = IDS.LETTERS[ch];
    if (mapped !== undefined) out += mapped;
    else if (IDS.DIGITS.test(ch)) out += String((ch.codePointAt(0) ?? 0) & 0xf);
    else if (IDS.ASCII_WORD_CHAR.test(ch)) out += ch.toLowerCase();
    else if (IDS.MARK.test(ch)) continue;
    else out += " ";
  }
  return out.replace(IDS.SPACES, " ").trim();
}

/** "Hello, World!" → "hello-world"; "" → "" */
export function slugify(text: string, maxChars: number = IDS.SLUG_CHARS): string {
  const words = transliterate(text).split(" ").filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxChars && slug) break;
    slug = next.slice(0, maxChars);
  }
  return slug.replace(/-+$/, "");
}

/** "تطوّرات العلاقة بين تركيا ونظام الأسد" → "ttwrat-alalaqa-byn-trkya"; "2022" → "s-2022"; "؟" → "" */
export function sectionId(heading: string): string {
  const words = transliterate(heading).split(" ").filter(Boolean).slice(0, IDS.SECTION_WORDS);
  const base = slugify(words.join(" "), IDS.SECTION_CHARS);
  if (base === "") return "";
  return IDS.STARTS_WITH_LETTER.test(base) ? base : `s-${base}`;
}

/** Hands out unique ids: a second "lead" becomes "lead-2", then "lead-3". */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so that n equal headings cost n steps, not n². */
  private readonly next = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  take(wanted: string, fallback: string): string {
    const base = ID_PATTERN.test(wanted) ? wanted : fallback;
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
