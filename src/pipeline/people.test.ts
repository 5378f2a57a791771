import { describe, expect, it } from "vitest";
import { findName, findPeople } from "./people.ts";
import type { PersonRecognizer, TextUnit } from "./people/recognizer.ts";

/** A tiny stand-in recognizer: exact matches of the names it is given. */
function fakeRecognizer(names: Record<string, string>): PersonRecognizer {
  return {
    recognize(units) {
      const people = Object.entries(names).map(([id, name]) => ({ id, name, role: "" }));
      const mentions = units.flatMap((u) =>
        people.flatMap((p) =>
          [...u.text.matchAll(new RegExp(p.name, "g"))].map((m) => ({
            key: u.key,
            start: m.index,
            end: m.index + p.name.length,
            person: p.id,
          })),
        ),
      );
      return { people, mentions };
    },
  };
}

const units: TextUnit[] = [
  { key: "t", text: "لقاء بين أردوغان والأسد" },
  { key: "b0", text: "قال بيدرسون إنّ المبعوث غير بيدرسون سيزور موسكو." },
];

describe("findName", () => {
  it("matches on folded forms with a clitic glued before the name, covering the whole word", () => {
    expect(findName("وأردوغان قال إن أردوغانيين لأردوغان", "اردوغان")).toEqual([
      { start: 0, end: 8 },
      { start: 27, end: 35 },
    ]);
    expect(findName("قال بشّار الأسد", "بشار الأسد")).toEqual([{ start: 4, end: 15 }]);
  });

  it("does not take على (on) for علي (Ali)", () => {
    expect(findName("وشدّد على ضرورة ذلك", "علي")).toEqual([]);
    expect(findName("وعلي مملوك", "علي")).toEqual([{ start: 0, end: 4 }]);
  });
});

describe("findPeople", () => {
  it("counts mentions per person and drops mentions that do not fit", () => {
    const broken: PersonRecognizer = {
      recognize: () => ({
        people: [{ id: "p1", name: "أردوغان", role: "" }],
        mentions: [
          { key: "t", start: 9, end: 16, person: "p1" },
          { key: "t", start: 10, end: 12, person: "p1" },
          { key: "t", start: 5, end: 999, person: "p1" },
          { key: "nope", start: 0, end: 1, person: "p1" },
          { key: "t", start: 0, end: 1, person: "ghost" },
        ],
      }),
    };
    const result = findPeople(units, broken, null);
    expect(result.people).toEqual([{ id: "p1", name: "أردوغان", role: "", mentions: 1 }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["recognizer-mentions-dropped"]);
  });

  it("applies the sidecar last: add (absorbing a surname inside it), remove, rename", () => {
    const recognizer = fakeRecognizer({ p1: "أردوغان", p2: "بيدرسون" });
    const result = findPeople(units, recognizer, {
      people: {
        add: [{ name: "غير بيدرسون", role: "المبعوث" }, "غائب"],
        remove: ["أردوغان"],
        rename: { "غير بيدرسون": "غير أو. بيدرسون" },
      },
    });
    expect(result.people).toEqual([
      { id: "p-ghyr-bydrswn", name: "غير أو. بيدرسون", role: "المبعوث", mentions: 2 },
    ]);
    expect(result.mentions.get("b0")?.map((m) => [m.person, m.start, m.end])).toEqual([
      ["p-ghyr-bydrswn", 4, 11],
      ["p-ghyr-bydrswn", 24, 35],
    ]);
    expect(result.mentions.get("t")).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["people-add-not-found"]);
  });

  it("reports corrections that name nobody", () => {
    const result = findPeople(units, fakeRecognizer({}), {
      people: { remove: ["س"], rename: { ص: "ض" } },
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "people-remove-unknown",
      "people-rename-unknown",
    ]);
  });
});
