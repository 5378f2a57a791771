import { describe, expect, it } from "vitest";
import seed from "../../../../seeds/000_ba3d84ed962b3426.txt?raw";
import modelText from "./model.json?raw";
import { foldArabic } from "../../../text/fold.ts";
import { parseModel } from "./model.ts";
import { createTaggerRecognizer, hintSteps } from "./recognizer.ts";

const model = parseModel(JSON.parse(modelText));
const units = seed
  .split("\n")
  .map((text, i) => ({ key: `u${i}`, text }))
  .filter((u) => u.text.trim() !== "");

describe("createTaggerRecognizer on the seed article", () => {
  const result = createTaggerRecognizer(model).recognize(units);
  const byName = new Map(result.people.map((p) => [foldArabic(p.name), p]));
  const count = (id: string | undefined): number =>
    result.mentions.filter((m) => m.person === id).length;

  it("finds the six people with their mentions (22 in all)", () => {
    expect(count(byName.get("بشار الاسد")?.id)).toBe(12);
    expect(count(byName.get("رجب طيب اردوغان")?.id)).toBe(3);
    expect(count(byName.get("سيرغي لافروف")?.id)).toBe(1);
    expect(count(byName.get("ميخائيل بوغدانوف")?.id)).toBe(2);
    expect(count(byName.get("هاكان فيدان")?.id)).toBe(2);
    expect(count(byName.get("علي مملوك")?.id)).toBe(2);
    expect(result.people).toHaveLength(6);
    expect(result.mentions).toHaveLength(22);
  });

  it("gives the role the text gives before a full mention", () => {
    expect(byName.get("سيرغي لافروف")?.role).toBe("وزير الخارجيّة الروسي");
    expect(byName.get("ميخائيل بوغدانوف")?.role).toBe("نائب وزير الخارجيّة الروسي");
    expect(byName.get("رجب طيب اردوغان")?.role).toBe("الرئيس التركي");
    expect(byName.get("هاكان فيدان")?.role).toBe("رئيس المُخابرات التركيّة");
    expect(byName.get("علي مملوك")?.role).toBe("مُدير مخابرات نظام الأسد");
  });

  it("numbers people p1, p2 … in order of first mention", () => {
    expect(result.people.map((p) => p.id)).toEqual(result.people.map((_, i) => `p${i + 1}`));
    const firstSeen = result.people.map((p) => result.mentions.findIndex((m) => m.person === p.id));
    expect([...firstSeen].sort((a, b) => a - b)).toEqual(firstSeen);
    // The title names الأسد first, then أردوغان.
    expect(foldArabic(result.people[0]?.name ?? "")).toBe("بشار الاسد");
    expect(foldArabic(result.people[1]?.name ?? "")).toBe("رجب طيب اردوغان");
  });

  it("gives offsets that point at the name in the verbatim text, clitic outside", () => {
    const text = new Map(units.map((u) => [u.key, u.text]));
    for (const m of result.mentions) {
      const span = text.get(m.key)?.slice(m.start, m.end) ?? "";
      const person = result.people.find((p) => p.id === m.person);
      // Every word of the mention is a word of the name: no clitic (وعلي) inside the span.
      const nameWords = new Set(foldArabic(person?.name ?? "").split(" "));
      for (const w of foldArabic(span).split(" ")) expect(nameWords.has(w)).toBe(true);
    }
    const mamlouk = byName.get("علي مملوك");
    const readAlso = result.mentions.find(
      (m) => m.person === mamlouk?.id && text.get(m.key)?.includes("وعلي مملوك"),
    );
    expect(readAlso && text.get(readAlso.key)?.slice(readAlso.start, readAlso.end)).toBe(
      "علي مملوك",
    );
  });
});

describe("createTaggerRecognizer on other input", () => {
  const recognizer = createTaggerRecognizer(model);

  it("returns nothing for no text, blank text and text without names", () => {
    expect(recognizer.recognize([])).toEqual({ people: [], mentions: [] });
    expect(recognizer.recognize([{ key: "a", text: "  \n " }])).toEqual({
      people: [],
      mentions: [],
    });
    const plain = recognizer.recognize([
      { key: "a", text: "ارتفعت أسعار النفط في الأسواق العالمية اليوم." },
    ]);
    expect(plain.mentions).toEqual([]);
  });

  it("keeps a lam-alef word whole rather than split the ligature", () => {
    const text =
      "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي ، ثم قال لأردوغان إن الوقت مناسب.";
    const result = recognizer.recognize([{ key: "a", text }]);
    const spans = result.mentions.map((m) => text.slice(m.start, m.end));
    expect(spans).toContain("رجب طيب أردوغان");
    expect(spans).toContain("لأردوغان");
    expect(new Set(result.mentions.map((m) => m.person)).size).toBe(1);
  });
});

describe("createTaggerRecognizer on one long paragraph", () => {
  // The same hints placed in a text split into paragraphs and in the same text as one
  // paragraph: the tokens visited per hint must not grow with the paragraph's length.
  it("places each hint with work of its own length, not its distance into the unit", () => {
    const paras = units.map((u) => u.text);
    const many = Array.from({ length: 8 }, () => paras).flat();
    const split = many.map((text, i) => ({ key: `s${i}`, text }));
    const hint = (text: string): { start: number; end: number } => {
      const start = text.indexOf(" ") + 1;
      return { start, end: text.indexOf(" ", start) };
    };
    const splitHints = split.map((u, i) => ({ unit: i, ...hint(u.text) }));
    const one = [{ key: "one", text: many.join(" ") }];
    const oneHints: Array<{ unit: number; start: number; end: number }> = [];
    let offset = 0;
    for (const text of many) {
      const h = hint(text);
      oneHints.push({ unit: 0, start: offset + h.start, end: offset + h.end });
      offset += text.length + 1;
    }
    const recognizer = createTaggerRecognizer(model);
    hintSteps.count = 0;
    recognizer.recognizeWith(split, splitHints);
    const splitSteps = hintSteps.count;
    hintSteps.count = 0;
    recognizer.recognizeWith(one, oneHints);
    expect(splitSteps).toBeGreaterThan(0);
    expect(hintSteps.count).toBe(splitSteps);
  });
});
