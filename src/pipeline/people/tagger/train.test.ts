import { describe, expect, it } from "vitest";
import type { PersonTag } from "./conll.ts";
import { gazetteerFromLists, parseModel, serializeModel } from "./model.ts";
import { Tagger } from "./tagger.ts";
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from "./train.ts";
import type { Sentence, TrainOptions } from "./train.ts";

const GIVEN = ["سامي", "كريم", "ناصر", "هادي", "رامي", "فادي", "وليد", "باسم"];
const FAMILY = ["الحلبي", "العمري", "الشامي", "المصري", "النجار", "الخطيب", "الحداد", "السيد"];
const TITLES = ["الرئيس", "الوزير", "المدير", "السفير"];
const VERBS = ["قال", "أكد", "أضاف", "أعلن"];

/** A small synthetic corpus: "<verb> <title> <given> <family> إن الاجتماع كان مفيدا ." */
function corpus(size: number): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < size; k++) {
    const tokens = [
      VERBS[k % VERBS.length] as string,
      TITLES[(k * 3) % TITLES.length] as string,
      GIVEN[(k * 5) % GIVEN.length] as string,
      FAMILY[(k * 7) % FAMILY.length] as string,
      "إن",
      "الاجتماع",
      "كان",
      "مفيدا",
      ".",
    ];
    const tags: PersonTag[] = ["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O", "O"];
    out.push({ tokens, tags });
  }
  return out;
}

const SMALL: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  hashBits: 14,
  epochs: 3,
  folds: 3,
  stackFolds: 2,
};

describe("trainTagger", () => {
  it("gives the same model bytes for the same data and seed", () => {
    const data = corpus(60);
    const a = JSON.stringify(serializeModel(trainTagger(data, SMALL), 10));
    const b = JSON.stringify(serializeModel(trainTagger(data, SMALL), 10));
    expect(a).toBe(b);
  });

  it("learns the synthetic names, and the written model tags as the trained one does", () => {
    const model = trainTagger(corpus(60), SMALL);
    const sentence = ["أعلن", "السفير", "رامي", "الحداد", "إن", "الاجتماع", "كان", "مفيدا", "."];
    const tags = new Tagger(model).tag(sentence);
    expect(tags.slice(0, 4)).toEqual(["O", "O", "B-PERS", "I-PERS"]);
    const reread = parseModel(JSON.parse(JSON.stringify(serializeModel(model, 10))));
    expect(new Tagger(reread).tag(sentence)).toEqual(tags);
  });
});

describe("the gazetteer", () => {
  // The synthetic given names are listed; the family names are not.
  const gazetteer = gazetteerFromLists({
    given: GIVEN.join(" "),
    family: "",
    place: "روسيا تركيا",
  });

  it("travels in the model file, so tagging needs no other file", () => {
    const model = trainTagger(corpus(60), { ...SMALL, gazetteer });
    const file = serializeModel(model, 10);
    expect(file.gazetteer?.given.split(" ")).toEqual(
      [...GIVEN].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const reread = parseModel(JSON.parse(JSON.stringify(file)));
    expect([...(reread.gazetteer?.given ?? [])].sort()).toEqual([...GIVEN].sort());
    expect([...(reread.gazetteer?.place ?? [])]).toEqual(
      ["روسيا", "تركيا"].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const sentence = ["أعلن", "السفير", "رامي", "الحداد", "إن", "الاجتماع", "كان", "مفيدا", "."];
    expect(new Tagger(reread).tag(sentence)).toEqual(new Tagger(model).tag(sentence));
  });

  it("is a feature: the same data with and without it give different weights", () => {
    const withLists = JSON.stringify(
      serializeModel(trainTagger(corpus(60), { ...SMALL, gazetteer }), 10).layers,
    );
    const without = JSON.stringify(serializeModel(trainTagger(corpus(60), SMALL), 10).layers);
    expect(withLists).not.toBe(without);
  });

  it("is refused when malformed", () => {
    const file = serializeModel(trainTagger(corpus(20), { ...SMALL, gazetteer }), 10);
    expect(() => parseModel({ ...file, gazetteer: { given: 1 } })).toThrow(/gazetteer/);
  });
});

describe("parseModel", () => {
  it("refuses what is not a model, with a clear message", () => {
    expect(() => parseModel(null)).toThrow(/not an object/);
    expect(() => parseModel({ format: "other" })).toThrow(/format/);
  });
});
