/**
 * A schema-valid article for component tests, written from the seed's text: 6 sections
 * (the lead and 5 headed ones), one read-also line, 22 mentions of 6 people, 12 of them
 * of بشار الأسد. Mentions are located by searching the text, so the offsets cannot drift
 * from the words; the result goes through the shared schema, so it cannot drift from the
 * contract either.
 */
import { articleSchema } from "../article/schema";
import type { Article, Block, PersonMention, Position } from "../article/schema";

/** [the words, the person]: found in order, each search starting after the previous find. */
type MentionSpec = readonly [string, string];

function mentionsIn(text: string, specs: readonly MentionSpec[]): PersonMention[] {
  let from = 0;
  return specs.map(([words, person]) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`sample article: "${words}" is not in "${text}"`);
    from = start + words.length;
    return { person, start, end: start + words.length };
  });
}

let line = 3;
/** Seed lines are separated by a blank line; positions only need to be well-formed. */
function nextPosition(text: string): Position {
  const position = {
    start: { line, column: 1, offset: line * 100 },
    end: { line, column: text.length + 1, offset: line * 100 + text.length },
  };
  line += 2;
  return position;
}

function paragraph(text: string, specs: readonly MentionSpec[] = []): Block {
  return {
    type: "paragraph",
    text,
    mentions: mentionsIn(text, specs),
    position: nextPosition(text),
  };
}

const ASSAD = "bashar-al-assad";
const ERDOGAN = "recep-tayyip-erdogan";
const LAVROV = "sergey-lavrov";
const BOGDANOV = "mikhail-bogdanov";
const FIDAN = "hakan-fidan";
const MAMLOUK = "ali-mamlouk";

const title =
  "روسيا تتحدث عن نيتها عقد اجتماع وزاري بين نظام الأسد والحكومة التركيّة وتُعلق على تصريحات أردوغان الأخيرة";
const titlePosition = nextPosition(title);

function section(
  id: string,
  heading: string | null,
  headingSpecs: readonly MentionSpec[],
  blocks: Block[],
) {
  return {
    id,
    heading,
    headingMentions: heading === null ? [] : mentionsIn(heading, headingSpecs),
    headingPosition: heading === null ? null : nextPosition(heading),
    blocks,
  };
}

const lead = section(
  "lead",
  null,
  [],
  [
    paragraph(
      "بعد أنّ اعترف وزير الخارجيّة الروسي سيرغي لافروف في تصريحاتٍ سابقةٍ أنّ بلاده تعمل منذ سنوات على إعادة العلاقات بين نظام الأسد والحكومة التركيّة، خرج اليوم الإثنين، مسؤولٌ روسيٌّ آخر ليؤكّد أنّ موسكو تعمل على تحقيق ذلك، لكن على مستوى وزاري بين أنقرة ودمشق.",
      [
        ["سيرغي لافروف", LAVROV],
        ["الأسد", ASSAD],
      ],
    ),
  ],
);

const s1 = section(
  "section-1",
  "روسيا تُرتّب لعقد اجتماع وزاري بين أنقرة ونظام الأسد",
  [["الأسد", ASSAD]],
  [
    paragraph(
      "نقلت وكالة “ريا نوفوستي” الروسيّة اليوم الإثنين، عن نائب وزير الخارجيّة الروسي “ميخائيل بوغدانوف”، قوله، إنّ بلاده تعمل على ترتيب لقاء على مستوى وزراء خارجيّة كل من تركيا ونظام الأسد.",
      [
        ["ميخائيل بوغدانوف", BOGDANOV],
        ["الأسد", ASSAD],
      ],
    ),
    paragraph(
      "وأشار المسؤول الروسي، أنّ موسكو على استعداد تام لتقديم كافة سبل الدعم في سبيل تحقيق ذلك، وتطبيقه على أرض الواقع.",
    ),
  ],
);

const s2 = section(
  "section-2",
  "روسيا تدّعي أنّ اللقاء في حال حدوثه سيكون مُفيداً لكافة الأطراف",
  [],
  [
    paragraph(
      "وادّعى “بوغدانوف”، أنّ اللقاء الوزاري في حال حدوثه على أرض الواقع، سيكون مُفيداً لكافة الأطراف المعنيّة بالشأن السوري.",
      [["بوغدانوف", BOGDANOV]],
    ),
    paragraph(
      "وأوضح، أنّ موسكو تدعم هذه الفكرة، التي من شأنها أن تجد عوامل مُشتركة في مواقف تركيا ونظام الأسد.",
      [["الأسد", ASSAD]],
    ),
  ],
);

const s3 = section(
  "section-3",
  "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
  [["الأسد", ASSAD]],
  [
    paragraph(
      "وأكّد المسؤول الروسي في سياق تصريحاته، أنّ القيادة الروسيّة تدعم بشكلٍ كبير أي محاولة من شأنها أن تُعيد العلاقات بين الحكومة التركيّة ونظام الأسد، وأنّها مُستعدةٌ أيضاً للمضي قدماً لتحقيق ذلك على جميع المستويات.",
      [["الأسد", ASSAD]],
    ),
  ],
);

const readAlsoLabel = "اقرأ أيضاً: ";
const readAlsoTitle =
  "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك في دمشق وتكشف أهمّ ما جاء في الاجتماع";
const readAlsoHref = `/?q=${encodeURIComponent(readAlsoTitle)}`;

const s4 = section(
  "section-4",
  "روسيا تُبدي موقفها من رغبة أردوغان في لقاء بشّار الأسد",
  [
    ["أردوغان", ERDOGAN],
    ["بشّار الأسد", ASSAD],
  ],
  [
    paragraph(
      "وأعرب المسؤول الروسي، عن ترحيب بلاده في التصريحات التركيّة الأخيرة التي ادلى بها الرئيس التركي رجب طيب أردوغان حول رغبته في لقاء بشار الأسد في قمة شنغهاي للتعاون في العاصمة الأوزباكستانيّة سمرقند.",
      [
        ["رجب طيب أردوغان", ERDOGAN],
        ["بشار الأسد", ASSAD],
      ],
    ),
    {
      type: "readAlso",
      id: "read-also-1",
      label: readAlsoLabel,
      title: readAlsoTitle,
      href: readAlsoHref,
      mentions: mentionsIn(readAlsoTitle, [
        ["هاكان فيدان", FIDAN],
        ["علي مملوك", MAMLOUK],
      ]),
      position: nextPosition(readAlsoLabel + readAlsoTitle),
    },
  ],
);

const s5 = section(
  "section-5",
  "تطوّرات العلاقة بين تركيا ونظام الأسد",
  [["الأسد", ASSAD]],
  [
    paragraph(
      "تداولت العديد من وكالات الأنباء خلال الأسابيع الماضية، أنّ العلاقة بين نظام الأسد والحكومة التركيّة شهدت تطوّراً ملحوظاً على المستوى الاستخباراتي.",
      [["الأسد", ASSAD]],
    ),
    paragraph(
      "حيث اجتمع رئيس المُخابرات التركيّة “هاكان فيدان”، مع مُدير مخابرات نظام الأسد “علي مملوك”، في مدينة دمشق.",
      [
        ["هاكان فيدان", FIDAN],
        ["الأسد", ASSAD],
        ["علي مملوك", MAMLOUK],
      ],
    ),
    paragraph(
      "وبحسب وسائل إعلاميّة، فإنّ الاجتماع بحث العديد من الملّفات، منها عودة اللاجئين السوريين، وقضايا أمنيّة مُشتركة بين أنقرة ودمشق.",
    ),
  ],
);

export const sampleArticle: Article = articleSchema.parse({
  schemaVersion: 1,
  slug: "russia-turkey-assad-meeting",
  title,
  titleMentions: mentionsIn(title, [
    ["الأسد", ASSAD],
    ["أردوغان", ERDOGAN],
  ]),
  titlePosition,
  dir: "rtl",
  source: { file: "seeds/000_ba3d84ed962b3426.txt", url: null, date: null },
  sections: [lead, s1, s2, s3, s4, s5],
  readAlso: [
    {
      id: "read-also-1",
      title: readAlsoTitle,
      href: readAlsoHref,
      hrefSource: "search",
      sectionId: "section-4",
    },
  ],
  people: [
    { id: ASSAD, name: "بشار الأسد", role: "", mentions: 12 },
    { id: ERDOGAN, name: "رجب طيب أردوغان", role: "الرئيس التركي", mentions: 3 },
    { id: LAVROV, name: "سيرغي لافروف", role: "وزير الخارجيّة الروسي", mentions: 1 },
    { id: BOGDANOV, name: "ميخائيل بوغدانوف", role: "نائب وزير الخارجيّة الروسي", mentions: 2 },
    { id: FIDAN, name: "هاكان فيدان", role: "رئيس المُخابرات التركيّة", mentions: 2 },
    { id: MAMLOUK, name: "علي مملوك", role: "مُدير مخابرات نظام الأسد", mentions: 2 },
  ],
  stats: { characters: 1893, words: 322, readingMinutes: 3 },
  diagnostics: [],
});

export const SAMPLE_PEOPLE = { ASSAD, ERDOGAN, LAVROV, BOGDANOV, FIDAN, MAMLOUK } as const;
