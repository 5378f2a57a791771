import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../article/schema.ts";
import { recoveredLines, sourceLines } from "./nothing-lost.ts";
import { parseArticle } from "./parse-article.ts";
import { createCueRecognizer } from "./people/cues.ts";
import { SeedError } from "./seed-error.ts";

/** Pieces that exercise every rule: markers, labels, names, marks, bidi controls, HTML, stray controls. */
const PIECES = [
  " ", "  ", "\t", "\u00A0", "\uFEFF", ".", "؟", ":", "،", "“", "”", "\n",
  "اقرأ أيضاً:", "إقرأ ايضا ", "اقرأ أيضاً", "## ", "# ", "* ", "**", "*", "---", "تخطى إلى المحتوى", "شارك",
  "روسيا تتحدث", "عنوان فرعي", "قال الرئيس التركي رجب طيب أردوغان", "الأسد", "نظام الأسد", "وعلي مملوك", "على", "علي",
  "بشّار", "\u064B", "\u0651", "\u0670", "ـ", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
  "\u200F", "<script>", "</script>", "&amp;", "<b>", "Reuters", "2022", "٢٠٢٢", "(رويترز)", "\u0007", "😀",
];

/** Whole lines as scraped articles have them: titles, sub-headings, sentences, read-also lines. */
const LINES = [
  "روسيا تتحدث عن نيتها عقد اجتماع وزاري",
  "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
  "وقال وزير الخارجيّة الروسي سيرغي لافروف إنّ الاجتماع مهم.",
  "نقلت وكالة “ريا نوفوستي” عن نائب وزير الخارجيّة الروسي “ميخائيل بوغدانوف”، قوله.",
  "اقرأ أيضاً: مصادر تتحدّث عن لقاء بين هاكان فيدان وعلي مملوك",
  "* أبرز القرارات",
  "**ما الخطوة التالية؟**",
  "",
];

const line = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...LINES) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const text = fc
  .array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n \n")), { maxLength: 30 })
  .map((lines) => lines.map(([l, sep]) => l + sep).join(""));

describe("parseArticle on any string", () => {
  const recognizer = createCueRecognizer();

  it("gives a valid article that loses nothing and is deterministic, or a one-line SeedError", () => {
    fc.assert(
      fc.property(text, (source) => {
        let article;
        try {
          article = parseArticle(source, { file: "p.txt", recognizer });
        } catch (error) {
          if (!(error instanceof SeedError)) throw error;
          expect(error.message).toMatch(/^p\.txt:\d+: [^\n]+$/);
          return;
        }
        expect(articleSchema.safeParse(article).success).toBe(true);
        expect(recoveredLines(article)).toEqual(sourceLines(source));
        expect(JSON.stringify(parseArticle(source, { file: "p.txt", recognizer }))).toBe(JSON.stringify(article));
      }),
      // Found by this property once: a second BOM after the first must stay in the text.
      { numRuns: 2000, examples: [["\uFEFF\uFEFF*\nروسيا تتحدث عن نيتها عقد اجتماع وزاري\n"]] },
    );
  }, 120_000);
});
