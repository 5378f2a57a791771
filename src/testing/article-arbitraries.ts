/**
 * Generators of news articles for the property tests of `parseArticle` (test support, not
 * shipped: nothing in the app imports it; the checks are in `article-checks.ts`). Two test files share them so that Vitest can
 * run them side by side; together they try `PROPERTY_RUNS` articles, at least 10,000.
 *
 *   fc.sample(newsArticle, 1)[0] → { source: "\uFEFFتخطى إلى المحتوى\n\nروسيا تتحدث …\r\n\r\n## ما القصة؟\n…", sidecar: null }
 *
 * Generators are built from whole constant pieces (cheap to make, and every one of them
 * hits a rule of the pipeline); the generators of `noisy-arbitraries.ts` then break them anywhere.
 */
import fc from "fast-check";
import type { Sidecar } from "../pipeline/sidecar.ts";

/** Runs per property; the sum is what one CI run tries. */
export const PROPERTY_RUNS = {
  newsArticles: 3_500,
  newsWithSidecar: 1_500,
  noisyNews: 2_500,
  pieces: 1_500,
  anyUnicode: 1_000,
} as const;

export const PROPERTY_RUNS_TOTAL = Object.values(PROPERTY_RUNS).reduce((a, b) => a + b, 0);

/** The seed file name every generated article is parsed as; SeedErrors must name it. */
export const FILE = "p.txt";

// ---------------------------------------------------------------------------------------
// Pieces of Arabic news

const TITLES = [
  "روسيا تتحدث عن نيتها عقد اجتماع وزاري بين نظام الأسد والحكومة التركيّة",
  "أردوغان يلتقي بوتين في سوتشي",
  "زلزال تركيا",
  "ما الذي جرى في قمة شنغهاي للتعاون؟",
  "«لا تراجع» … الحكومة تُعلن خطتها الجديدة",
  "الأمم المتحدة تحذّر من موجة نزوح جديدة",
];

const SENTENCES = [
  "بعد أنّ اعترف وزير الخارجيّة الروسي سيرغي لافروف في تصريحاتٍ سابقةٍ أنّ بلاده تعمل منذ سنوات على إعادة العلاقات.",
  "نقلت وكالة “ريا نوفوستي” الروسيّة اليوم الإثنين، عن نائب وزير الخارجيّة الروسي “ميخائيل بوغدانوف”، قوله.",
  "وأشار المسؤول الروسي، أنّ موسكو على استعداد تام لتقديم كافة سبل الدعم في سبيل تحقيق ذلك.",
  "حيث اجتمع رئيس المُخابرات التركيّة “هاكان فيدان”، مع مُدير مخابرات نظام الأسد “علي مملوك”، في مدينة دمشق.",
  "وتداولت وكالات الأنباء خلال الأسابيع الماضية أخباراً عن تطوّر ملحوظ على المستوى الاستخباراتي.",
  "ولم يصدر أي تعليق رسمي حتى الآن",
  "وقال مصدر مطّلع: «الاجتماع لم يُحدَّد موعده بعد».",
  "Reuters reported the meeting on Monday, 5 September 2022.",
  "الخبر منشور على على الموقع منذ ٢٠٢٢.",
];

const PERSON_NAMES = [
  "رجب طيب أردوغان",
  "بشار الأسد",
  "بشّار الأسد",
  "سيرغي لافروف",
  "ميخائيل بوغدانوف",
  "هاكان فيدان",
  "علي مملوك",
  "عليّ مملوك",
  "أردوغانُ",
  "الأسدِ",
];
const CLITICS = ["", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل"];
const ROLES = [
  "",
  "الرئيس التركي ",
  "وزير الخارجيّة الروسي ",
  "نائب وزير الخارجية ",
  "رئيس المخابرات ",
  "د. ",
];
const SPEECH = ["قال", "وقال", "وأكّد", "وأوضح", "وأعرب", "صرّح"];
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["«", "»"],
  ['"', '"'],
  ["", ""],
];

const HEADINGS = [
  "روسيا تُرتّب لعقد اجتماع وزاري",
  "تطوّرات العلاقة بين تركيا ونظام الأسد",
  "ما القصة؟",
  "خلفية",
  "ردود الفعل الدولية",
  "ما الخطوة التالية",
];
/** How a sub-heading is written: unmarked, or with Markdown-ish markers scrapers keep. */
const HEADING_FORMS: ReadonlyArray<(h: string) => string> = [
  (h) => h,
  (h) => `## ${h}`,
  (h) => `# ${h} #`,
  (h) => `**${h}**`,
  (h) => `**${h}**:`,
  (h) => `* ${h}`,
  (h) => `*${h}*`,
  (h) => `  ${h}`,
];

/** Read-also labels in the spellings scraped pages have; "\n" = the title is on the next line. */
const READ_ALSO_LABELS = [
  "اقرأ أيضاً: ",
  "إقرأ أيضًا: ",
  "اقرأ ايضا - ",
  "اقرأ أيضاً | ",
  "طالع أيضاً: ",
  "اقرأ المزيد: ",
  "• اقرأ أيضاً: ",
  "«اقرأ أيضاً»: ",
  "اقرأ أيضاً:\n",
  "اقرأ أيضاً\n\n",
];
const READ_ALSO_TITLES = [
  "مصادر تتحدّث عن لقاء بين هاكان فيدان وعلي مملوك",
  "روسيا تؤيد تطبيع العلاقات",
  "«خاص»: ما بعد قمة سمرقند",
];

const CHROME = [
  "تخطى إلى المحتوى",
  "شارك",
  "شارك على فيسبوك",
  "الرئيسية › أخبار › سياسة",
  "جميع الحقوق محفوظة 2022",
  "* * *",
  "---",
  "إعلان",
  "أخبار",
  "سياسة",
];
const CAPTIONS = [
  "(رويترز)",
  "صورة أرشيفية للاجتماع (الأناضول)",
  "الإثنين 5 سبتمبر 2022",
  "بقلم: أحمد علي",
  "- بند أول في قائمة",
];

const URLS = [
  "https://example.com/news/1",
  "/articles/other",
  "javascript:alert(1)",
  " JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "/\\evil.example",
  "//evil.example/x",
  "https://",
  "vbscript:msgbox(1)",
];

export const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

const personPhrase = fc
  .record({
    speech: pick(SPEECH),
    role: pick(ROLES),
    clitic: pick(CLITICS),
    name: pick(PERSON_NAMES),
    quote: pick(QUOTES),
    said: pick(SENTENCES),
  })
  .map(
    ({ speech, role, clitic, name, quote: [open, close], said }) =>
      `${speech} ${role}${clitic}${name}، إنّ ${open}${said}${close}`,
  );

const paragraph = fc.oneof(
  { weight: 3, arbitrary: pick(SENTENCES) },
  { weight: 2, arbitrary: personPhrase },
  {
    weight: 1,
    arbitrary: fc.array(pick(SENTENCES), { minLength: 2, maxLength: 4 }).map((s) => s.join(" ")),
  },
);

const heading = fc.tuple(pick(HEADINGS), pick(HEADING_FORMS)).map(([h, form]) => form(h));
const readAlso = fc
  .tuple(pick(READ_ALSO_LABELS), pick(READ_ALSO_TITLES))
  .map(([label, title]) => label + title);

const section = fc
  .tuple(
    heading,
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: paragraph },
        { weight: 1, arbitrary: readAlso },
        { weight: 1, arbitrary: pick(CAPTIONS) },
      ),
      { minLength: 0, maxLength: 4 },
    ),
  )
  .map(([h, blocks]) => [h, ...blocks]);

/** Lines → text, each line followed by one of the separators scraped text has. */
const SEPARATORS = ["\n\n", "\n\n", "\n", "\r\n\r\n", "\r\n", "\r", "  \n\n", "\n \n"];

const joinLines = (lines: readonly string[], seps: readonly string[]) =>
  lines.map((l, i) => l + (seps[i % seps.length] ?? "\n")).join("");

/** Structured news articles: chrome, a title, a lead, sections with sub-headings, read-also lines, names and quotes. */
export const newsText = fc
  .record({
    bom: fc.boolean(),
    before: fc.array(pick(CHROME), { maxLength: 3 }),
    title: fc
      .tuple(
        pick(TITLES),
        pick([(t: string) => t, (t: string) => `# ${t}`, (t: string) => `  ${t}`]),
      )
      .map(([t, f]) => f(t)),
    lead: fc.array(
      fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: pick(CAPTIONS) }),
      { minLength: 0, maxLength: 3 },
    ),
    sections: fc.array(section, { maxLength: 5 }),
    after: fc.array(fc.oneof(pick(CHROME), readAlso), { maxLength: 2 }),
    seps: fc.array(pick(SEPARATORS), { minLength: 1, maxLength: 4 }),
  })
  .map(
    ({ bom, before, title, lead, sections, after, seps }) =>
      (bom ? "\uFEFF" : "") +
      joinLines([...before, title, ...lead, ...sections.flat(), ...after], seps),
  );

/** A sidecar whose read-also links point at some of the titles, with safe and hostile URLs. */
export const readAlsoSidecar: fc.Arbitrary<Sidecar> = fc
  .array(fc.tuple(pick(READ_ALSO_TITLES), pick(URLS)), { minLength: 1, maxLength: 3 })
  .map((links) => ({ readAlso: links.map(([title, url]) => ({ title, url })) }));
