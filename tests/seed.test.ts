/**
 * The seed's expected result, as the issue states it: title, five sections, one
 * read-also item, six people with 22 mentions in all (counting the title).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article/schema.ts";
import { decodeSeed } from "../src/pipeline/decode-seed.ts";
import { foldArabic } from "../src/text/fold.ts";
import { parseArticle } from "../src/pipeline/parse-article.ts";
import { createCueRecognizer } from "../src/pipeline/people/cues.ts";
import { parseSidecar } from "../src/pipeline/parse-sidecar.ts";

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");
const NAME = "000_ba3d84ed962b3426";

function seedArticle(): Article {
  const text = decodeSeed(
    new Uint8Array(readFileSync(path.join(SEEDS, `${NAME}.txt`))),
    `${NAME}.txt`,
  );
  const sidecar = parseSidecar(
    readFileSync(path.join(SEEDS, `${NAME}.meta.json`), "utf8"),
    `${NAME}.meta.json`,
  );
  return parseArticle(text, {
    file: `seeds/${NAME}.txt`,
    recognizer: createCueRecognizer(),
    sidecar,
  });
}

describe("the seed article", () => {
  const article = seedArticle();

  it("has its readable slug", () => {
    expect(article.slug).toBe("russia-assad-turkey-ministerial-meeting");
  });

  it("has the title", () => {
    expect(article.title).toBe(
      "روسيا تتحدث عن نيتها عقد اجتماع وزاري بين نظام الأسد والحكومة التركيّة وتُعلق على تصريحات أردوغان الأخيرة",
    );
  });

  it("has a lead and five sections", () => {
    expect(article.sections.map((s) => s.heading)).toEqual([
      null,
      "روسيا تُرتّب لعقد اجتماع وزاري بين أنقرة ونظام الأسد",
      "روسيا تدّعي أنّ اللقاء في حال حدوثه سيكون مُفيداً لكافة الأطراف",
      "روسيا تؤيد تطبيع العلاقات بين أنقرة ونظام الأسد",
      "روسيا تُبدي موقفها من رغبة أردوغان في لقاء بشّار الأسد",
      "تطوّرات العلاقة بين تركيا ونظام الأسد",
    ]);
    expect(article.sections[0]?.id).toBe("lead");
  });

  it("has one read-also item, in the fourth section", () => {
    expect(article.readAlso.map((r) => r.title)).toEqual([
      "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك في دمشق وتكشف أهمّ ما جاء في الاجتماع",
    ]);
    expect(article.readAlso[0]?.sectionId).toBe(article.sections[4]?.id);
  });

  it("drops the skip-to-content line and records it", () => {
    expect(article.diagnostics).toEqual([
      {
        severity: "info",
        code: "dropped-boilerplate",
        message: "dropped a site boilerplate line",
        line: 1,
        text: "تخطى إلى المحتوى",
      },
    ]);
  });

  it("has six people with 22 mentions in all, counting the title", () => {
    const counts = Object.fromEntries(article.people.map((p) => [foldArabic(p.name), p.mentions]));
    expect(counts).toEqual({
      [foldArabic("سيرغي لافروف")]: 1,
      [foldArabic("ميخائيل بوغدانوف")]: 2,
      [foldArabic("رجب طيب أردوغان")]: 3,
      [foldArabic("بشار الأسد")]: 12,
      [foldArabic("هاكان فيدان")]: 2,
      [foldArabic("علي مملوك")]: 2,
    });
    expect(article.people.reduce((n, p) => n + p.mentions, 0)).toBe(22);
    expect(article.titleMentions).toHaveLength(2);
  });

  it("gives each person the role the text gives", () => {
    const role = (name: string) =>
      article.people.find((p) => foldArabic(p.name) === foldArabic(name))?.role;
    expect(role("سيرغي لافروف")).toBe("وزير الخارجيّة الروسي");
    expect(role("ميخائيل بوغدانوف")).toBe("نائب وزير الخارجيّة الروسي");
    expect(role("رجب طيب أردوغان")).toBe("الرئيس التركي");
  });

  it("counts mentions that agree with the spans", () => {
    const spans = [
      article.titleMentions,
      ...article.sections.flatMap((s) => [s.headingMentions, ...s.blocks.map((b) => b.mentions)]),
    ].flat();
    for (const person of article.people)
      expect(spans.filter((m) => m.person === person.id)).toHaveLength(person.mentions);
  });

  it("names no agency or place as a person", () => {
    const names = article.people.map((p) => foldArabic(p.name));
    for (const notAPerson of ["ريا نوفوستي", "موسكو", "أنقرة", "دمشق"])
      expect(names.join("|")).not.toContain(foldArabic(notAPerson));
  });
});
