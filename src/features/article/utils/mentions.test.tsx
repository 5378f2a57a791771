// A .tsx name so the jsdom project picks it up: the node project does not cover src/features.
import { describe, expect, it } from "vitest";
import { SAMPLE_PEOPLE, sampleArticle } from "../../../testing/sample-article";
import { buildMentionIndex, segmentText } from "./mentions";

describe("segmentText", () => {
  it("cuts text into plain runs and mentions, losing nothing", () => {
    const text = "لقاء بشار الأسد في سمرقند";
    const segments = segmentText("u", text, [{ person: "p", start: 5, end: 15 }]);
    expect(segments).toEqual([
      { kind: "text", text: "لقاء " },
      { kind: "mention", text: "بشار الأسد", key: "u:5", person: "p" },
      { kind: "text", text: " في سمرقند" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("keeps a glued clitic outside the mark without losing a letter", () => {
    // و + أردوغان: the mark covers the name, the text keeps every code unit in order.
    const text = "التقى بوتين وأردوغان";
    const start = text.indexOf("أردوغان");
    const segments = segmentText("u", text, [{ person: "p", start, end: start + 7 }]);
    expect(segments.map((s) => s.text)).toEqual(["التقى بوتين و", "أردوغان"]);
  });

  it("drops mentions that overlap an earlier one or fall outside the text, and sorts the rest", () => {
    const text = "علي مملوك وهاكان فيدان";
    const segments = segmentText("u", text, [
      { person: "b", start: 11, end: 22 },
      { person: "a", start: 0, end: 9 },
      { person: "x", start: 4, end: 12 },
      { person: "y", start: 20, end: 40 },
    ]);
    expect(segments.filter((s) => s.kind === "mention").map((s) => s.person)).toEqual(["a", "b"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("buildMentionIndex", () => {
  const index = buildMentionIndex(sampleArticle);

  it("lists every mention in reading order, title first", () => {
    expect(index.all).toHaveLength(22);
    expect(index.all[0]).toMatchObject({
      key: "title:47",
      sectionId: null,
      person: SAMPLE_PEOPLE.ASSAD,
    });
    expect(index.byPerson.get(SAMPLE_PEOPLE.ASSAD)?.map((m) => m.ordinal)).toEqual([
      ...Array(12).keys(),
    ]);
  });

  it("counts each person's mentions per section; the title belongs to none", () => {
    expect(Object.fromEntries(index.perSection.get(SAMPLE_PEOPLE.ERDOGAN) ?? [])).toEqual({
      "section-4": 2,
    });
    expect(Object.fromEntries(index.perSection.get(SAMPLE_PEOPLE.LAVROV) ?? [])).toEqual({
      lead: 1,
    });
  });
});
