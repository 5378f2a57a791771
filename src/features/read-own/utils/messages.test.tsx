import { describe, expect, it } from "vitest";
import type { ParseFailure } from "../api/protocol";
import { readSource } from "../worker/parse-source";
import { describeDiagnostic, describeFailure } from "./messages";

/** The failure the worker's first step reports for this text. */
function failureOf(text: string): ParseFailure {
  const read = readSource({ kind: "text", text });
  if (read.ok) throw new Error("expected the text to be refused");
  return read.failure;
}

function failureOfBytes(bytes: Uint8Array): ParseFailure {
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  const read = readSource({ kind: "file", name: "a.txt", bytes: buffer });
  if (read.ok) throw new Error("expected the file to be refused");
  return read.failure;
}

// Each case is a SeedError the pipeline itself throws, so a change of its wording shows here.
describe("describeFailure: every refusal of the pipeline has Arabic words", () => {
  it.each<[string, ParseFailure, RegExp, number | null]>([
    ["empty", failureOf(""), /^لا يوجد نص/, null],
    ["blank", failureOf(" \n\t\n"), /^النص فارغ/, null],
    ["no words", failureOf("…\n\n!!!\n"), /^لا عنوان للمقال: ليس في النص سطر فيه كلمات/, null],
    [
      "read-also first",
      failureOf("اقرأ أيضاً: مقال\n\nنص."),
      /^لا عنوان للمقال: أول سطر في النص سطر «اقرأ أيضاً»/,
      1,
    ],
    [
      "a NUL character",
      failureOf("عنوان\n\nنص\u0000نص"),
      /^هذا ملف ثنائي لا نص مقال: فيه بايت فارغ/,
      3,
    ],
    [
      "control characters",
      failureOf(`عنوان\n${"\u0001\u0002\u0003".repeat(20)}`),
      /^هذا ملف ثنائي لا نص مقال: فيه ٦٠ من محارف التحكّم، أولها U\+0001\.$/,
      2,
    ],
    ["a NUL byte", failureOfBytes(Uint8Array.of(0x61, 0x00)), /^الملف «a\.txt»: هذا ملف ثنائي/, 1],
    [
      "invalid UTF-8",
      failureOfBytes(Uint8Array.of(0x0a, 0xc3, 0x28)),
      /^الملف «a\.txt»: الملف ليس نصاً بترميز UTF-8: فيه بايت غير صالح \(0xc3\)/,
      2,
    ],
    [
      "UTF-16",
      failureOfBytes(Uint8Array.of(0xfe, 0xff, 0x00, 0x41)),
      /^الملف «a\.txt»: الملف محفوظ بترميز UTF-16/,
      1,
    ],
  ])("%s", (_, failure, message, line) => {
    const fileName =
      failure.kind === "seed" && /UTF|NUL byte/.test(failure.reason) ? "a.txt" : null;
    const text = describeFailure(failure, fileName);
    expect(text.message).toMatch(message);
    expect(text.line).toBe(line);
    expect(text.original).toBeNull();
  });

  it("keeps the original words of a reason it does not know, and the line", () => {
    const text = describeFailure({ kind: "seed", line: 7, reason: "something new" }, null);
    expect(text).toEqual({
      message: "تعذّر تحليل هذا النص.",
      line: 7,
      original: "something new",
      retry: false,
    });
  });

  it("offers a retry for a model that did not load, not for a bug", () => {
    expect(describeFailure({ kind: "model", message: "HTTP 503" }, null).retry).toBe(true);
    expect(describeFailure({ kind: "internal", message: "x is undefined" }, null)).toMatchObject({
      message: "حدث خطأ غير متوقّع في تحليل النص.",
      original: "x is undefined",
      retry: false,
    });
  });
});

describe("describeDiagnostic", () => {
  const diagnostic = (code: string, message = "") => ({
    severity: "info" as const,
    code,
    message,
    line: 1,
    text: null,
  });

  it("says what was dropped and what was kept, in Arabic", () => {
    expect(describeDiagnostic(diagnostic("dropped-boilerplate")).label).toBe(
      "حُذف سطر من بقايا صفحة الموقع",
    );
    expect(describeDiagnostic(diagnostic("bidi-control")).label).toMatch(/اتجاه الكتابة/);
    expect(
      describeDiagnostic(
        diagnostic("html-like", "a <script> tag in the text, kept as plain text (never run)"),
      ).label,
    ).toBe("وسم <script> في النص، عُرض نصاً ولم يُنفَّذ");
  });

  it("keeps the pipeline's words for a code it does not know", () => {
    expect(describeDiagnostic(diagnostic("new-code", "something noticed"))).toEqual({
      label: "ملاحظة",
      original: "something noticed",
    });
  });
});
