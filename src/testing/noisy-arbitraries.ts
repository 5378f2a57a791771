/**
 * Generators that break text: article text with noise put in anywhere, short pieces that
 * each hit a rule, and any Unicode at all (test support for the parse's property tests).
 */
import fc from "fast-check";
import { newsText, pick } from "./article-arbitraries.ts";

/** What breaks text: BOMs, line endings, bidi controls, combining marks, zero-widths, astral characters, markup. */
const NOISE = [
  "\uFEFF",
  "\r",
  "\r\n",
  "\n",
  "\u2028",
  "\u0085",
  "\t",
  "\u00A0",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u0301",
  "\u0651",
  "\u064E",
  "\u0670",
  "\u0651\u064B",
  "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u030D\u030E\u030F\u0310\u0311",
  "ـ",
  "😀",
  "👨‍👩‍👧",
  "\uD83D",
  "\u0007",
  "\u007F",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp;",
  "## ",
  "**",
  "* ",
  "اقرأ أيضاً:",
  "؟",
  ".",
];

/** A news article with noise put in anywhere, even inside a word or between "\r" and "\n". */
export const noisyNewsText = fc
  .tuple(newsText, fc.array(fc.tuple(fc.nat(), pick(NOISE)), { minLength: 1, maxLength: 12 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

/** Short pieces that each hit a rule, glued in any order (the first property test, kept). */
const PIECES = [
  " ",
  "  ",
  "\t",
  "\u00A0",
  "\uFEFF",
  ".",
  "؟",
  ":",
  "،",
  "“",
  "”",
  "\n",
  "اقرأ أيضاً:",
  "إقرأ ايضا ",
  "اقرأ أيضاً",
  "## ",
  "# ",
  "* ",
  "**",
  "*",
  "---",
  "تخطى إلى المحتوى",
  "شارك",
  "روسيا تتحدث",
  "عنوان فرعي",
  "قال الرئيس التركي رجب طيب أردوغان",
  "الأسد",
  "نظام الأسد",
  "وعلي مملوك",
  "على",
  "علي",
  "بشّار",
  "\u064B",
  "\u0651",
  "\u0670",
  "ـ",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200F",
  "<script>",
  "</script>",
  "&amp;",
  "<b>",
  "Reuters",
  "2022",
  "٢٠٢٢",
  "(رويترز)",
  "\u0007",
  "😀",
];

const WHOLE_LINES = [
  "روسيا تتحدث عن نيتها عقد اجتماع وزاري",
  "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
  "وقال وزير الخارجيّة الروسي سيرغي لافروف إنّ الاجتماع مهم.",
  "نقلت وكالة “ريا نوفوستي” عن نائب وزير الخارجيّة الروسي “ميخائيل بوغدانوف”، قوله.",
  "اقرأ أيضاً: مصادر تتحدّث عن لقاء بين هاكان فيدان وعلي مملوك",
  "* أبرز القرارات",
  "**ما الخطوة التالية؟**",
  "",
];

const lineEnd = pick(["\n", "\n\n", "\r\n", "\r", "\n \n"]);

export const piecesText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 2, arbitrary: pick(WHOLE_LINES) },
        { weight: 3, arbitrary: fc.array(pick(PIECES), { maxLength: 8 }).map((p) => p.join("")) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
      ),
      lineEnd,
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.map(([l, sep]) => l + sep).join(""));

/** Any Unicode at all (lone surrogates included), as short lines. */
export const anyUnicodeText = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.string({ unit: "grapheme", maxLength: 20 }),
      ),
      lineEnd,
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map(([l, sep]) => l + sep).join(""));
