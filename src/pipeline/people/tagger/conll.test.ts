import { describe, expect, it } from "vitest";
import { parseConll, passThroughLine, toPersonTag } from "./conll.ts";

describe("parseConll", () => {
  it("reads TOKEN TAG lines and keeps every line in order", () => {
    const { lines, faults } = parseConll("وقال O\nبرند B-PERS\nجوتشولك I-PERS\n", true);
    expect(faults).toEqual([]);
    expect(lines.map((l) => [l.line, l.kind, l.token, l.tag])).toEqual([
      [1, "token", "وقال", "O"],
      [2, "token", "برند", "B-PERS"],
      [3, "token", "جوتشولك", "I-PERS"],
    ]);
  });

  it("reports ANERcorp's faulty lines and skips them without crashing", () => {
    const text = ["ملعب O", " O", ". Oالإصابة O", "ستبعد", "إيتو B-PERS", "كلمة FOO", ""].join(
      "\n",
    );
    const { lines, faults } = parseConll(text, true);
    expect(lines).toHaveLength(6);
    expect(faults.map((f) => f.line)).toEqual([2, 3, 4, 6]);
    expect(faults[0]?.reason).toMatch(/empty token/);
    expect(faults[1]?.reason).toMatch(/glued/);
    expect(faults[2]?.reason).toMatch(/tag is missing/);
    expect(faults[3]?.reason).toMatch(/unknown tag/);
    expect(lines.filter((l) => l.kind === "token").map((l) => l.token)).toEqual(["ملعب", "إيتو"]);
  });

  it("takes token-only lines when tags are not required", () => {
    const { lines, faults } = parseConll("سيرغي\nلافروف\n\n.\n", false);
    expect(faults).toEqual([]);
    expect(lines.map((l) => l.kind)).toEqual(["token", "token", "blank", "token"]);
    expect(lines[0]?.tag).toBeNull();
  });

  it("handles a BOM, CRLF line endings and tabs", () => {
    const { lines, faults } = parseConll("\uFEFFأعلن\tO\r\nبشار B-PERS\r\n", true);
    expect(faults).toEqual([]);
    expect(lines.map((l) => [l.token, l.tag])).toEqual([
      ["أعلن", "O"],
      ["بشار", "B-PERS"],
    ]);
  });

  it("writes a bad line back with its words and tag O", () => {
    const { lines } = parseConll(" O\n. Oالإصابة O\nكلمة\n", true);
    expect(lines.map(passThroughLine)).toEqual([" O", ". Oالإصابة O", "كلمة O"]);
  });
});

describe("toPersonTag", () => {
  it("keeps person tags and maps every other type to O", () => {
    expect(["B-PERS", "I-PERS", "B-PER", "I-LOC", "B-ORG", "O"].map(toPersonTag)).toEqual([
      "B-PERS",
      "I-PERS",
      "B-PERS",
      "O",
      "O",
      "O",
    ]);
  });
});
