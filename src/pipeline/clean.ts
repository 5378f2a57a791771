/**
 * Cleaning: what scrapers leave around the article text. Turns the raw text into
 * content lines that still know where they stand in the source, and records every line
 * it drops (never silently).
 *
 *   cleanSource(normalizeText("\uFEFFتخطى إلى المحتوى\r\n\r\nعنوان  \r\n"))
 *     → lines: [{ line: 3, offset: 18, text: "عنوان" }]
 *       diagnostics: [{ code: "boilerplate", line: 1, text: "تخطى إلى المحتوى", ... }]
 *
 * Offsets and lines point into the *normalised* text (BOM removed, CRLF/CR → LF), the
 * frame every position in the article uses (see src/article/schema.ts).
 */
import type { Diagnostic } from "../article/schema.ts";
import { foldArabic } from "../text/fold.ts";
import { SeedError } from "./seed-error.ts";

export const CLEAN = {
  BOM: /^\uFEFF/,
  LINE_ENDINGS: /\r\n?/g,
  /** C0 controls other than TAB, LF, VT, FF, CR, plus DEL: what text files do not hold. */
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  CONTROL: /[\u0001-\u0008\u000E-\u001F\u007F]/g,
  /** More stray controls than this (and than this share of the text) means a binary file. */
  MAX_CONTROLS: 8,
  MAX_CONTROL_SHARE: 0.001,
  /** Something a reader would recognise: a letter or a digit in any script. */
  HAS_WORD: /[\p{L}\p{N}]/u,
  /** Folding for boilerplate matching: lower-case, no punctuation or symbols, single spaces. */
  NOT_WORD: /[^\p{L}\p{N}]+/gu,
  /** Boilerplate lines are short; longer lines are not even folded to check. */
  BOILERPLATE_MAX_CHARS: 80,
  /**
   * Whole lines that are site chrome, matched on the folded line (see `boilerplateKey`).
   * Kept short and whole-line so that no sentence of an article can match by accident.
   */
  BOILERPLATE: [
    /^(?:تخطى|تخطي|تجاوز|انتقل|الانتقال|اذهب) (?:الى|للمحتوى|المحتوى)(?: المحتوى)?(?: الرئيسي)?$/,
    /^skip (?:to )?(?:main )?content$/,
    /^(?:شارك|شاركها|مشاركة|share|tweet)(?: (?:المقال|الخبر|هذا المقال|هذا الخبر|على \p{L}+|عبر \p{L}+))?$/u,
    /^(?:اعلان|advertisement|ad)$/,
    /^(?:جميع )?الحقوق محفوظة(?: \p{L}+){0,6}(?: \p{N}+)?$/u,
    /^\p{N}{4}(?: \p{N}{4})? (?:جميع )?الحقوق محفوظة(?: \p{L}+){0,6}$/u,
    /^(?:تابعونا|تابعنا) (?:على|عبر)(?: \p{L}+){0,4}$/u,
    /^(?:الرئيسية|الصفحة الرئيسية|home)$/,
    /^(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليغرام|تيليجرام|لينكد ان|انستغرام|يوتيوب|facebook|twitter|whatsapp|telegram|linkedin|email|x)$/,
    /^(?:الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|tags) /,
  ],
  /** A breadcrumb: short items joined by ›, », >, / or |  ("الرئيسية › أخبار › اقتصاد"). */
  BREADCRUMB: /^\s*[^\s›»>/|][^›»>/|]{0,30}(?:\s[›»>/|]\s[^›»>/|]{1,30}){1,6}$/,
  /**
   * Navigation menus above the title: a run of at least two lines of at most two words
   * each, none ending a sentence, right before a title-like line (short, no final
   * full stop), goes with the boilerplate.
   */
  NAV_MAX_WORDS: 2,
  NAV_MIN_RUN: 2,
  NAV_TITLE_MAX_WORDS: 30,
  SENTENCE_END: /[.!?؟…:؛;,،]["'”’»)\]]*$/,
  /** A title may be a question, not a statement ending in a full stop. */
  SPACES: /\s+/,
  STATEMENT_END: /[.!…:؛;,،]["'”’»)\]]*$/,
} as const;

export interface ContentLine {
  /** 1-based line number in the normalised text. */
  line: number;
  /** UTF-16 offset of the line's first character in the normalised text. */
  offset: number;
  /** The line verbatim, trailing whitespace trimmed. Never blank. */
  text: string;
}

export interface CleanResult {
  /** The text every position points into: BOM removed, line endings normalised. */
  normalized: string;
  lines: ContentLine[];
  diagnostics: Diagnostic[];
}

/** "\uFEFFa\r\nb\rc" → "a\nb\nc" */
export function normalizeText(raw: string): string {
  return raw.replace(CLEAN.BOM, "").replace(CLEAN.LINE_ENDINGS, "\n");
}

/** "تخطَّى إلى المحتوى »" → "تخطى الى المحتوى" */
export function boilerplateKey(text: string): string {
  return foldArabic(text).toLowerCase().replace(CLEAN.NOT_WORD, " ").trim();
}

/** Why a content line is dropped, or null to keep it. "* * *" → "separator"; "نص" → null */
export function dropReason(text: string): "separator" | "boilerplate" | null {
  if (!CLEAN.HAS_WORD.test(text)) return "separator";
  if (text.length > CLEAN.BOILERPLATE_MAX_CHARS) return null;
  if (CLEAN.BREADCRUMB.test(text)) return "boilerplate";
  const key = boilerplateKey(text);
  return CLEAN.BOILERPLATE.some((re) => re.test(key)) ? "boilerplate" : null;
}

/** Words in a line, the crude way: "أخبار اقتصاد" → 2 */
function wordCount(text: string): number {
  return text.split(CLEAN.SPACES).filter((w) => CLEAN.HAS_WORD.test(w)).length;
}

/**
 * How many lines at the top are a navigation menu: ["أخبار", "اقتصاد", "عنوان طويل للمقال"] → 2;
 * ["زلزال تركيا", "نص طويل."] → 0 (one short line is a short title).
 */
export function leadingNavigation(lines: readonly ContentLine[]): number {
  const isNav = (text: string) =>
    wordCount(text) <= CLEAN.NAV_MAX_WORDS && !CLEAN.SENTENCE_END.test(text);
  let run = 0;
  while (run < lines.length && isNav(lines[run]?.text ?? "")) run++;
  const title = lines[run]?.text;
  if (run < CLEAN.NAV_MIN_RUN || title === undefined) return 0;
  return wordCount(title) <= CLEAN.NAV_TITLE_MAX_WORDS && !CLEAN.STATEMENT_END.test(title)
    ? run
    : 0;
}

/** 1-based line of a UTF-16 offset in LF-normalised text. ("a\nb", 2) → 2 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Throws on text that is not text: NUL characters, or more than a few other C0 controls. */
export function assertText(normalized: string, file: string): Diagnostic[] {
  const nul = normalized.indexOf("\u0000");
  if (nul !== -1) {
    throw new SeedError(
      file,
      lineAt(normalized, nul),
      "NUL character: a binary file, not article text",
    );
  }
  const controls = [...normalized.matchAll(CLEAN.CONTROL)];
  const first = controls[0];
  if (!first) return [];
  const line = lineAt(normalized, first.index);
  const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (
    controls.length > CLEAN.MAX_CONTROLS &&
    controls.length > normalized.length * CLEAN.MAX_CONTROL_SHARE
  ) {
    throw new SeedError(
      file,
      line,
      `${controls.length} control characters (first ${code}): a binary file, not article text`,
    );
  }
  return [
    {
      severity: "warning",
      code: "control-character",
      message: `${controls.length} control character(s), first ${code}; kept as text`,
      line,
      text: null,
    },
  ];
}

/** Takes normalised text (see `normalizeText`; normalising twice would eat a second BOM). */
export function cleanSource(normalized: string): CleanResult {
  const lines: ContentLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  let line = 1;
  for (const rawLine of normalized.split("\n")) {
    const text = rawLine.trimEnd();
    if (text.trim() !== "") {
      const reason = dropReason(text);
      if (reason === null) {
        lines.push({ line, offset, text });
      } else {
        diagnostics.push({
          severity: "info",
          code: reason === "separator" ? "dropped-separator" : "dropped-boilerplate",
          message:
            reason === "separator"
              ? "dropped a line with no words (a separator)"
              : "dropped a site boilerplate line",
          line,
          text,
        });
      }
    }
    offset += rawLine.length + 1;
    line++;
  }
  const nav = leadingNavigation(lines);
  for (const dropped of lines.splice(0, nav)) {
    diagnostics.push({
      severity: "info",
      code: "dropped-navigation",
      message: "dropped a navigation line above the title",
      line: dropped.line,
      text: dropped.text,
    });
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { normalized, lines, diagnostics };
}
