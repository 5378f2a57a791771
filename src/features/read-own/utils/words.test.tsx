// A .tsx name so the jsdom project picks it up: the node project does not cover src/features.
import { describe, expect, it } from "vitest";
import { countNoun } from "../../../lib/arabic-numbers";
import { CHARACTER_NOUN, formatSeconds, NOTE_NOUN } from "./words";

describe("/read's counted words", () => {
  it.each([
    [1, NOTE_NOUN, "ملاحظة واحدة"],
    [4, NOTE_NOUN, "٤ ملاحظات"],
    [1500, CHARACTER_NOUN, "١٬٥٠٠ حرف"],
    [2_000_011, CHARACTER_NOUN, "٢٬٠٠٠٬٠١١ حرفاً"],
  ])("%i → the right Arabic agreement", (count, noun, expected) => {
    expect(countNoun(count, noun)).toBe(expected);
  });

  it.each([
    [400, "أقل من ثانية"],
    [1000, "ثانية واحدة"],
    [1234, "١٫٢ ثانية"],
    [2000, "ثانيتين"],
    [4000, "٤ ثوانٍ"],
    [12000, "١٢ ثانية"],
  ])("says %i ms in seconds", (ms, words) => {
    expect(formatSeconds(ms)).toBe(words);
  });
});
