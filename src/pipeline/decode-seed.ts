/**
 * Bytes → text, refusing what is not UTF-8 text, with the line where it goes wrong.
 * Pure (TextDecoder is a web API): the build, the tests and the browser share it.
 *
 *   decodeSeed(utf8("سطر\n"), "a.txt")          → "سطر\n"
 *   decodeSeed(Uint8Array.of(0x61, 0x0a, 0xff), "a.txt")
 *     → throws SeedError "a.txt:2: invalid UTF-8 (byte 0xff at byte offset 2)"
 */
import { SeedError } from "./seed-error.ts";

const LF = 0x0a;

/** 0 → a valid sequence starts here is impossible; otherwise its expected length. */
// 0xxxxxxx → 1, 110xxxxx → 2, 1110xxxx → 3, 11110xxx → 4 (C0, C1, F5–FF never start one).
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The byte offset of the first invalid UTF-8 sequence, or -1. */
// [0xe2, 0x80, 0x9c] → -1;  [0x61, 0xc3] → 1 (truncated);  [0xed, 0xa0, 0x80] → 0 (surrogate)
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const len = sequenceLength(lead);
    if (len === 0 || i + len > bytes.length) return i;
    if (len > 1) {
      const second = bytes[i + 1] ?? 0;
      // Overlongs (E0 < A0, F0 < 90), surrogates (ED ≥ A0) and > U+10FFFF (F4 ≥ 90).
      const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < lo || second > hi) return i;
      for (let k = 2; k < len; k++) {
        const b = bytes[i + k] ?? 0;
        if (b < 0x80 || b > 0xbf) return i;
      }
    }
    i += len;
  }
  return -1;
}

/** 1-based line of a byte offset: count the LF bytes before it. */
// lineOfByte([0x61, 0x0a, 0x62], 2) → 2
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === LF) line++;
  return line;
}

export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new SeedError(
      file,
      1,
      "UTF-16 text (byte-order mark FF FE / FE FF): save the file as UTF-8",
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SeedError(
      file,
      lineOfByte(bytes, nul),
      `NUL byte at byte offset ${nul}: a binary file, not article text`,
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, "0");
    throw new SeedError(
      file,
      lineOfByte(bytes, bad),
      `invalid UTF-8 (byte 0x${hex} at byte offset ${bad})`,
    );
  }
  // ignoreBOM keeps a leading BOM in the string: cleaning removes it for bytes and strings alike.
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}
