/**
 * Generators and checks for the property tests of `parseArticle` (test support, not
 * shipped: nothing in the app imports it). Two test files share them so that Vitest can
 * run them side by side; together they try `PROPERTY_RUNS` articles, at least 10,000.
 *
 *   fc.sample(newsArticle, 1)[0] → { source: "\uFEFFتخطى إلى المحتوى\n\nروسيا تتحدث …\r\n\r\n## ما القصة؟\n…", sidecar: null }
 *
 * Generators are built from whole constant pieces (cheap to make, and every one of them
 * hits a rule of the pipeline); the noise generators then break them anywhere.
 */
import fc from "fast-check";
import { expect } from "vitest";
import {
  articleSchema,
  type Article,
  type PersonMention,
  type Position,
} from "../article/schema.ts";
import { normalizeText } from "../pipeline/clean.ts";
import { recoveredLines, sourceLines } from "./nothing-lost.ts";
import { parseArticle } from "../pipeline/parse-article.ts";
import type { PersonRecognizer } from "../pipeline/people/recognizer.ts";
import { SeedError } from "../pipeline/seed-error.ts";
import { unsafeUrlReason, type Sidecar } from "../pipeline/sidecar.ts";

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

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

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

// ---------------------------------------------------------------------------------------
// Noise

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

// ---------------------------------------------------------------------------------------
// The checks

/** A diff only when the cheap comparison fails: `toEqual` on every run would cost more than the parse. */
function sameJson(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, what).toEqual(expected);
}

function checkMentions(
  list: readonly PersonMention[],
  text: string,
  people: ReadonlySet<string>,
  counts: Map<string, number>,
): void {
  let end = 0;
  for (const m of list) {
    if (!(m.start >= end && m.end > m.start && m.end <= text.length && people.has(m.person))) {
      expect.fail(
        `mention ${JSON.stringify(m)} does not fit ${JSON.stringify(text.slice(0, 80))} (or overlaps, or names nobody)`,
      );
    }
    end = m.end;
    counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  }
}

/** What the app relies on beyond the schema: unique ids, positions and mentions that fit, safe links. */
export function checkInvariants(article: Article, source: string): void {
  const text = normalizeText(source);
  const at = (p: Position) => text.slice(p.start.offset, p.end.offset);
  const ids = [...article.sections.map((s) => s.id), ...article.readAlso.map((r) => r.id)];
  if (new Set(ids).size !== ids.length) expect.fail(`ids are not unique: ${ids.join(" ")}`);
  if (at(article.titlePosition) !== article.title)
    expect.fail("the title's position does not hold the title");

  const people = new Set(article.people.map((p) => p.id));
  const counts = new Map<string, number>();
  checkMentions(article.titleMentions, article.title, people, counts);
  for (const section of article.sections) {
    if (section.headingPosition && at(section.headingPosition) !== section.heading)
      expect.fail(`heading position of ${section.id}`);
    checkMentions(section.headingMentions, section.heading ?? "", people, counts);
    for (const block of section.blocks) {
      const held = at(block.position);
      // A label standing alone ends in "\n"; blank or dropped lines may stand between it and its title.
      const fits =
        block.type === "paragraph"
          ? held === block.text
          : block.label.endsWith("\n")
            ? held.startsWith(block.label.slice(0, -1)) && held.endsWith(block.title)
            : held === block.label + block.title;
      if (!fits) expect.fail(`block position holds ${JSON.stringify(held)}, not its text`);
      checkMentions(
        block.mentions,
        block.type === "paragraph" ? block.text : block.title,
        people,
        counts,
      );
    }
  }
  sameJson(
    Object.fromEntries(article.people.map((p) => [p.id, p.mentions])),
    Object.fromEntries(article.people.map((p) => [p.id, counts.get(p.id) ?? 0])),
    "people's mention counts",
  );

  for (const link of article.readAlso) {
    if (unsafeUrlReason(link.href) !== null) expect.fail(`unsafe read-also href ${link.href}`);
  }
}

export interface Outcome {
  kind: "article" | "error";
  article?: Article;
}

/**
 * The property: a valid article or a one-line SeedError naming the file; nothing lost;
 * the same JSON from a second parse (with a recognizer that has seen other text: no state
 * may leak between articles).
 */
export function checkParse(
  source: string,
  recognizers: readonly [PersonRecognizer, PersonRecognizer],
  sidecar: Sidecar | null = null,
): Outcome {
  let article: Article;
  try {
    article = parseArticle(source, { file: FILE, recognizer: recognizers[0], sidecar });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    if (!/^p\.txt:\d+: [^\n]+$/.test(error.message))
      expect.fail(`not a one-line SeedError naming the file: ${JSON.stringify(error.message)}`);
    return { kind: "error" };
  }
  const checked = articleSchema.safeParse(article);
  if (!checked.success) expect.fail(`invalid article: ${checked.error.message}`);
  sameJson(recoveredLines(article), sourceLines(source), "nothing lost");
  checkInvariants(article, source);
  const again = JSON.stringify(
    parseArticle(source, { file: FILE, recognizer: recognizers[1], sidecar }),
  );
  if (again !== JSON.stringify(article))
    expect(JSON.parse(again), "a second parse").toEqual(article);
  return { kind: "article", article };
}
