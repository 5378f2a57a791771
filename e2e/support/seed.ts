/**
 * What the seed article must look like in the app: what a reader of the seed is promised.
 * The slug comes from the seed's sidecar when it names one, so that renaming it there
 * does not break these tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SEED = "000_ba3d84ed962b3426";
const DEFAULT_SLUG = "russia-assad-turkey-ministerial-meeting";

function slugFromSidecar(): string {
  const sidecar = fileURLToPath(new URL(`../../seeds/${SEED}.meta.json`, import.meta.url));
  if (!existsSync(sidecar)) return DEFAULT_SLUG;
  const meta: unknown = JSON.parse(readFileSync(sidecar, "utf8"));
  if (
    typeof meta === "object" &&
    meta !== null &&
    "slug" in meta &&
    typeof meta.slug === "string"
  ) {
    return meta.slug;
  }
  return DEFAULT_SLUG;
}

export const seed = {
  slug: slugFromSidecar(),
  title:
    "روسيا تتحدث عن نيتها عقد اجتماع وزاري بين نظام الأسد والحكومة التركيّة وتُعلق على تصريحات أردوغان الأخيرة",
  headings: [
    "روسيا تُرتّب لعقد اجتماع وزاري بين أنقرة ونظام الأسد",
    "روسيا تدّعي أنّ اللقاء في حال حدوثه سيكون مُفيداً لكافة الأطراف",
    "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
    "روسيا تُبدي موقفها من رغبة أردوغان في لقاء بشّار الأسد",
    "تطوّرات العلاقة بين تركيا ونظام الأسد",
  ],
  readAlsoTitle:
    "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك في دمشق وتكشف أهمّ ما جاء في الاجتماع",
  /** Name → mentions, counting the title. */
  people: {
    "سيرغي لافروف": 1,
    "ميخائيل بوغدانوف": 2,
    "رجب طيب أردوغان": 3,
    "بشار الأسد": 12,
    "هاكان فيدان": 2,
    "علي مملوك": 2,
  } satisfies Record<string, number>,
  totalMentions: 22,
  /** Paragraphs in the body (lead 1 + 2 + 2 + 1 + 1 + 3), read-also line excluded. */
  paragraphs: 10,
} as const;

export const articlePath = `/articles/${seed.slug}`;
