/**
 * What the /read page says in Arabic about text it cannot read and about what the pipeline
 * noticed. The pipeline's reasons are written for the build's log (English, one line); each
 * is matched here by its opening words, and any reason not in the table still gets an Arabic
 * sentence, with the original kept for a bug report. The line number is always the
 * pipeline's own (1-based, in the text as pasted or the file as read).
 *
 *   describeFailure({ kind: "seed", line: 3, reason: "no title: the first content line is a read-also link" }, null)
 *     → { message: "لا عنوان للمقال: أول سطر في النص سطر «اقرأ أيضاً». …", line: 3, original: null, retry: false }
 */
import type { Diagnostic } from "../../../article/schema";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import type { ParseFailure } from "../api/protocol";

/** Failures found on the page itself, before the worker sees anything. */
export type PageFailure =
  { kind: "too-large"; bytes: number; limit: number } | { kind: "unreadable"; message: string };

export type ReadFailure = ParseFailure | PageFailure;

export interface FailureText {
  /** One or two Arabic sentences. */
  message: string;
  /** The line concerned (1-based), when there is one. */
  line: number | null;
  /** The pipeline's own words, when the Arabic cannot say it all (unknown reason, bug). */
  original: string | null;
  /** Whether trying the same thing again can work (a network fault). */
  retry: boolean;
}

const MEGABYTE = 1024 * 1024;

/** 5_242_880 → "٥", 1_572_864 → "١٫٥" */
export function formatMegabytes(bytes: number): string {
  const rounded = Math.round((bytes / MEGABYTE) * 10) / 10;
  return toArabicDigits(String(rounded)).replace(".", "٫");
}

/** The pipeline's SeedError reasons, by their opening words → Arabic. */
const SEED_REASONS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  [/^empty file/, () => "لا يوجد نص: الصق مقالاً في المربع أو اختر ملفاً نصياً."],
  [/^whitespace-only file/, () => "النص فارغ: فيه مسافات وأسطر فارغة فقط، ولا كلمة واحدة."],
  [
    /^no title: the file has no line with words/,
    () => "لا عنوان للمقال: ليس في النص سطر فيه كلمات.",
  ],
  [
    /^no title: the first content line is a read-also link/,
    () => "لا عنوان للمقال: أول سطر في النص سطر «اقرأ أيضاً». اجعل عنوان المقال في السطر الأول.",
  ],
  [/^NUL (?:character|byte)/, () => "هذا ملف ثنائي لا نص مقال: فيه بايت فارغ (NUL)."],
  [
    /^(\d+) control characters \(first (U\+[0-9A-F]+)\)/,
    (m) =>
      `هذا ملف ثنائي لا نص مقال: فيه ${toArabicDigits(m[1] ?? "")} من محارف التحكّم، أولها ${m[2] ?? ""}.`,
  ],
  [
    /^invalid UTF-8 \(byte (0x[0-9a-f]{2})/,
    (m) =>
      `الملف ليس نصاً بترميز UTF-8: فيه بايت غير صالح (${m[1] ?? ""}). احفظه بترميز UTF-8 ثم اختره من جديد.`,
  ],
  [/^UTF-16 text/, () => "الملف محفوظ بترميز UTF-16. احفظه بترميز UTF-8 ثم اختره من جديد."],
];

export function describeFailure(failure: ReadFailure, fileName: string | null): FailureText {
  const inFile = (message: string): string =>
    fileName === null ? message : `الملف «${fileName}»: ${message}`;
  switch (failure.kind) {
    case "seed": {
      for (const [pattern, say] of SEED_REASONS) {
        const match = pattern.exec(failure.reason);
        if (match)
          return { message: inFile(say(match)), line: failure.line, original: null, retry: false };
      }
      return {
        message: inFile("تعذّر تحليل هذا النص."),
        line: failure.line,
        original: failure.reason,
        retry: false,
      };
    }
    case "model":
      return {
        message: "تعذّر تحميل نموذج التعرّف على الأسماء. تحقّق من اتصالك بالشبكة ثم أعد المحاولة.",
        line: null,
        original: null,
        retry: true,
      };
    case "worker":
      return {
        message: "لم يتمكّن المتصفح من تشغيل محلّل النصوص. أعد تحميل الصفحة، أو جرّب متصفحاً آخر.",
        line: null,
        original: failure.message,
        retry: true,
      };
    case "too-large":
      return {
        message: inFile(
          `الملف كبير جداً (${formatMegabytes(failure.bytes)} ميغابايت)، والحدّ ${formatMegabytes(failure.limit)} ميغابايت.`,
        ),
        line: null,
        original: null,
        retry: false,
      };
    case "unreadable":
      return {
        message: inFile("تعذّرت قراءة الملف."),
        line: null,
        original: failure.message,
        retry: true,
      };
    case "internal":
      return {
        message: "حدث خطأ غير متوقّع في تحليل النص.",
        line: null,
        original: failure.message,
        retry: false,
      };
  }
}

/** The pipeline's diagnostic codes → what they mean for the reader. */
const DIAGNOSTIC_LABELS: Readonly<Record<string, string>> = {
  "dropped-boilerplate": "حُذف سطر من بقايا صفحة الموقع",
  "dropped-separator": "حُذف سطر فاصل",
  "dropped-navigation": "حُذف سطر من قائمة التنقّل فوق العنوان",
  "bidi-control": "محارف تتحكّم في اتجاه الكتابة، بقيت في النص وقد تغيّر ترتيب ما يُعرض",
  "html-like": "نص يشبه شيفرة HTML، عُرض نصاً عادياً",
  "combining-marks": "علامات تشكيل كثيرة متتالية، بقيت في النص",
  "long-line": "سطر طويل جداً، عُرض فقرة واحدة",
  "large-article": "النص طويل جداً، وقد يبطؤ عرضه",
  "control-character": "محارف تحكّم في النص، بقيت كما هي",
  "recognizer-failed": "تعذّر التعرّف على الأشخاص في النص",
  "recognizer-mentions-dropped": "أُهملت إشارات إلى أشخاص لم تطابق النص",
};

export interface DiagnosticText {
  label: string;
  /** The pipeline's English message, only when the code has no Arabic label. */
  original: string | null;
}

export function describeDiagnostic(diagnostic: Diagnostic): DiagnosticText {
  if (diagnostic.code === "html-like" && diagnostic.message.includes("<script>")) {
    return { label: "وسم <script> في النص، عُرض نصاً ولم يُنفَّذ", original: null };
  }
  const label = DIAGNOSTIC_LABELS[diagnostic.code];
  return label === undefined
    ? { label: "ملاحظة", original: diagnostic.message }
    : { label, original: null };
}

/** "في السطر ٣" */
export function lineLabel(line: number): string {
  return `السطر ${toArabicDigits(line)}`;
}
