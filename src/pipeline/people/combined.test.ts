import { describe, expect, it } from "vitest";
import seed from "../../../seeds/000_ba3d84ed962b3426.txt?raw";
import seedMeta from "../../../seeds/000_ba3d84ed962b3426.meta.json?raw";
import modelText from "./tagger/model.json?raw";
import { foldArabic } from "../../text/fold";
import { parseArticle } from "../parse-article";
import { parseSidecar } from "../parse-sidecar.ts";
import { createCombinedRecognizer } from "./combined";
import type { PersonRecognizer, RecognizedPeople, TextUnit } from "./recognizer";
import { parseModel } from "./tagger/model";

const model = parseModel(JSON.parse(modelText));

describe("the seed article through the pipeline with the combined recognizer", () => {
  const article = parseArticle(seed, {
    file: "seeds/000_ba3d84ed962b3426.txt",
    recognizer: createCombinedRecognizer(model),
    sidecar: parseSidecar(seedMeta, "000_ba3d84ed962b3426.meta.json"),
  });
  const byName = new Map(article.people.map((p) => [foldArabic(p.name), p]));

  it("has the six people with 22 mentions (1/2/3/12/2/2)", () => {
    expect(Object.fromEntries(article.people.map((p) => [foldArabic(p.name), p.mentions]))).toEqual(
      {
        [foldArabic("سيرغي لافروف")]: 1,
        [foldArabic("ميخائيل بوغدانوف")]: 2,
        [foldArabic("رجب طيب أردوغان")]: 3,
        [foldArabic("بشار الأسد")]: 12,
        [foldArabic("هاكان فيدان")]: 2,
        [foldArabic("علي مملوك")]: 2,
      },
    );
  });

  it("gives each person the role the text gives", () => {
    const role = (name: string): string | undefined => byName.get(foldArabic(name))?.role;
    expect(role("سيرغي لافروف")).toBe("وزير الخارجيّة الروسي");
    expect(role("ميخائيل بوغدانوف")).toBe("نائب وزير الخارجيّة الروسي");
    expect(role("رجب طيب أردوغان")).toBe("الرئيس التركي");
    expect(role("هاكان فيدان")).toBe("رئيس المُخابرات التركيّة");
    expect(role("علي مملوك")).toBe("مُدير مخابرات نظام الأسد");
  });
});

/** A stand-in for the cue recognizer: the given spans (by their text) as one person each. */
function fakeCues(found: ReadonlyArray<{ text: string; role: string }>): PersonRecognizer {
  return {
    recognize(units: readonly TextUnit[]): RecognizedPeople {
      const out: RecognizedPeople = { people: [], mentions: [] };
      found.forEach((f, k) => {
        const unit = units.find((u) => u.text.includes(f.text));
        if (unit === undefined) return;
        const start = unit.text.indexOf(f.text);
        out.people.push({ id: `p${k + 1}`, name: f.text, role: f.role });
        out.mentions.push({
          key: unit.key,
          start,
          end: start + f.text.length,
          person: `p${k + 1}`,
        });
      });
      return out;
    },
  };
}

const text = "قال الرئيس التركي رجب طيب أردوغان إن اللقاء كان مفيدا . وذهب الرجل إلى السوق صباحا .";
const units = [{ key: "p", text }];
const mentioned = (r: RecognizedPeople): string[] =>
  r.mentions.map((m) => text.slice(m.start, m.end));

describe("createCombinedRecognizer", () => {
  it("adds the names only the cues found", () => {
    const alone = createCombinedRecognizer(model, fakeCues([])).recognize(units);
    expect(mentioned(alone)).toEqual(["رجب طيب أردوغان"]);
    const both = createCombinedRecognizer(model, fakeCues([{ text: "السوق", role: "" }])).recognize(
      units,
    );
    expect(mentioned(both)).toEqual(["رجب طيب أردوغان", "السوق"]);
    expect(both.people).toHaveLength(2);
  });

  it("keeps the longer span where the two overlap", () => {
    const shorter = createCombinedRecognizer(
      model,
      fakeCues([{ text: "أردوغان", role: "" }]),
    ).recognize(units);
    expect(mentioned(shorter)).toEqual(["رجب طيب أردوغان"]);
    const longer = createCombinedRecognizer(
      model,
      fakeCues([{ text: "التركي رجب طيب أردوغان", role: "" }]),
    ).recognize(units);
    expect(mentioned(longer)).toEqual(["التركي رجب طيب أردوغان"]);
  });

  it("prefers the cues' role, and keeps the tagger's when the cues give none", () => {
    const withRole = createCombinedRecognizer(
      model,
      fakeCues([{ text: "رجب طيب أردوغان", role: "رئيس الجمهورية" }]),
    ).recognize(units);
    expect(withRole.people.map((p) => p.role)).toEqual(["رئيس الجمهورية"]);
    const without = createCombinedRecognizer(
      model,
      fakeCues([{ text: "رجب طيب أردوغان", role: "" }]),
    ).recognize(units);
    expect(without.people.map((p) => p.role)).toEqual(["الرئيس التركي"]);
  });
});
