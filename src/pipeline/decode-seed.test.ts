import { describe, expect, it } from "vitest";
import { decodeSeed, firstInvalidUtf8 } from "./decode-seed.ts";
import { SeedError } from "./seed-error.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): SeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error("expected a SeedError");
}

describe("decodeSeed", () => {
  it("decodes UTF-8 and keeps a BOM for cleaning to remove", () => {
    expect(decodeSeed(utf8("\uFEFFسطر\n"), "a.txt")).toBe("\uFEFFسطر\n");
  });

  it("rejects a NUL byte with its line", () => {
    const error = errorOf(() => decodeSeed(utf8("عنوان\nنص\n\u0000"), "a.txt"));
    expect(error.message).toBe(
      "a.txt:3: NUL byte at byte offset 16: a binary file, not article text",
    );
    expect(error.line).toBe(3);
  });

  it("rejects invalid UTF-8 with its line", () => {
    const bytes = Uint8Array.from([...utf8("عنوان\n\n"), 0xd8, 0x0a]);
    expect(errorOf(() => decodeSeed(bytes, "a.txt")).message).toBe(
      "a.txt:3: invalid UTF-8 (byte 0xd8 at byte offset 12)",
    );
  });

  it("rejects UTF-16 by its byte-order mark", () => {
    expect(
      errorOf(() => decodeSeed(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), "a.txt")).message,
    ).toMatch(/^a\.txt:1: UTF-16/);
  });

  it.each([
    ["overlong", [0xc0, 0xaf]],
    ["surrogate", [0xed, 0xa0, 0x80]],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["truncated", [0xe2, 0x80]],
    ["stray continuation", [0x80]],
  ])("finds a %s sequence", (_name, bytes) => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, ...bytes]))).toBe(1);
  });

  it("accepts 2-, 3- and 4-byte sequences", () => {
    expect(firstInvalidUtf8(utf8("é ع “ 😀"))).toBe(-1);
  });
});
