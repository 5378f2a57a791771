import { describe, expect, it } from "vitest";
import { inspectLines, quote } from "./inspect.ts";

const inspect = (text: string) => inspectLines([{ line: 1, offset: 0, text }], text.length);

describe("inspectLines", () => {
  it("reports bidi controls, and how many a line leaves open", () => {
    expect(inspect("أ \u202Eب\u202C ج \u2067د\u2069")[0]?.message).toBe(
      "bidi control character(s) U+202E, U+202C, U+2067, U+2069 kept in the text; they can reorder what a reader sees",
    );
    expect(inspect("\u202Eأ \u2066ب")[0]?.message).toMatch(/, 2 of them never closed on the line;/);
    // A PDI closes its isolate and the embeddings opened inside it; stray closers close nothing.
    expect(inspect("\u2067\u202Eأ\u2069 \u202C\u2069")[0]?.message).not.toMatch(/never closed/);
  });

  it("reports a run of combining marks beyond what any script stacks, with its length", () => {
    expect(inspect("بَّ كلمة مشكولة: مُحَمَّدٌ")).toEqual([]);
    const zalgo = inspect(`ب${"\u0301".repeat(5000)} نص`);
    expect(zalgo.map((d) => [d.code, d.message.split(" (")[0]])).toEqual([
      ["combining-marks", "5000 combining marks in a row"],
    ]);
  });

  it("reports HTML-looking text and long lines, quoting at most 200 characters", () => {
    const long = `<img src=x onerror=alert(1)> ${"ن".repeat(20_000)}`;
    expect(inspect(long).map((d) => [d.code, d.text?.length])).toEqual([
      ["html-like", 200],
      ["long-line", 200],
    ]);
  });
});

describe("quote", () => {
  it("never cuts an emoji in half", () => {
    const text = `${"a".repeat(199)}😀${"b".repeat(10)}`;
    expect(quote(text)).toBe("a".repeat(199));
    expect(quote("a".repeat(300))).toHaveLength(200);
  });
});
