import { describe, expect, it } from "vitest";
import { textDirection } from "./text-direction";

describe("textDirection", () => {
  it.each([
    ["", "rtl"],
    ["  \n…", "rtl"],
    ["١٢ — عنوان", "rtl"],
    ["«الرئيسية» Home", "rtl"],
    ["2024: Title of an English article", "ltr"],
    ["שלום", "rtl"],
  ] as const)("%j → %s", (text, dir) => {
    expect(textDirection(text)).toBe(dir);
  });
});
