/**
 * Structure: which content line is the title, which lines are sub-headings, which are
 * read-also links and which are paragraphs. Works on cleaned lines, keeps every line's
 * text verbatim (markers such as "## " are split off into `before`/`after`, not lost).
 *
 *   ["عنوان", "مقدمة طويلة.", "عنوان فرعي", "نص القسم."]
 *     → title "عنوان"; lead [p "مقدمة طويلة."]; section "عنوان فرعي" [p "نص القسم."]
 */
import type { ContentLine } from "./clean.ts";
import { matchReadAlso, READ_ALSO } from "./read-also.ts";
import { SeedError } from "./seed-error.ts";

export const STRUCTURE = {
  /** A sub-heading is short: at most this many words and characters. */
  MAX_HEADING_WORDS: 14,
  MAX_HEADING_CHARS: 120,
  /** A `**bold**` line is a heading up to this many words (editors bold long ones too). */
  MAX_BOLD_HEADING_WORDS: 25,
  /** Ends a sentence, possibly followed by closing quotes or brackets: prose. */
  SENTENCE_END: /[.!?؟…:؛;,،۔]["'”’»)\]]*$/,
  /** Ends a sentence that is not a question: not a heading ("ما القصة؟" is a common sub-heading). */
  STATEMENT_END: /[.!…:؛;,،۔]["'”’»)\]]*$/,
  /** `## عنوان` / `# عنوان #` — a space after the hashes, so "#وسم" (a hashtag) is not one. */
  HASH_HEADING: /^(\s*#{1,6}\s+)(.*?\S)(\s+#+)?$/,
  /** `**عنوان**`, optionally with a colon after it. */
  BOLD_HEADING: /^(\s*\*\*\s*)(.*?\S)(\s*\*\*\s*:?)$/,
  /**
   * `* عنوان` or `*عنوان*`: the opening star; the closing one is split off by hand
   * (a lazy `(.*?)(\s*\*)?$` rescans every run of spaces from each of its positions:
   * quadratic, 20 s on a line of 80,000 spaces).
   */
  STAR_OPEN: /^\s*\*\s*(?=[^*\s])/,
  /** A marked line longer than this is a paragraph that happens to start with "#" or "*": an outline entry is short. */
  MAX_MARKED_HEADING_CHARS: 300,
  /** Leading whitespace of an unmarked title or heading, kept in `before`. */
  LEADING_SPACE: /^\s*/,
  /**
   * Short lines that are not sub-headings even when body text follows: photo captions
   * and credits, bylines, datelines, bullets. Tested on the raw line.
   */
  NOT_A_HEADING: [
    /(?:^|[\s([«“"-])(?:صورة|الصورة|أرشيف|ارشيف|أرشيفية|ارشيفية|رويترز|فرانس برس|أ ف ب|أ\.ف\.ب|الأناضول|الاناضول|getty|afp|reuters|ap photo|epa|shutterstock)(?:$|[\s)\]»”":.-])/iu,
    /[©®]/u,
    /^[\s([]*(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|ترجمة|المصدر|المصادر|مصدر|الوسوم|وسوم|كلمات مفتاحية|تصوير)\s*[:：-]/u,
    /^\s*[-–—•▪►·]/u,
    /^\s*\(.*\)\s*$/u,
    // A photo credit in brackets at the end: "… في خان يونس (الفرنسية)".
    /\([^()]{1,25}\)\s*$/u,
  ],
  /** A date or a time standing alone (a dateline) is not a heading. */
  DATE_LINE:
    /(?:\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)\s*[\d\u0660-\u0669]{4})/u,
  DATE_LINE_MAX_WORDS: 7,
  WORD: /[\p{L}\p{N}]/u,
  SPACES: /\s+/,
  SPACE_CHAR: /\s/,
} as const;

/** One line's text split into markup and content: `before + text + after` is the line. */
export interface Span {
  line: number;
  /** Offset of the line's first character in the normalised source. */
  lineOffset: number;
  before: string;
  text: string;
  after: string;
}

export interface RawParagraph {
  type: "paragraph";
  span: Span;
}

export interface RawReadAlso {
  type: "readAlso";
  /** The label's line; when the label stands alone, `label` ends with "\n" and the title is on `titleLine`. */
  span: Span;
  label: string;
  title: string;
  titleLine: number;
  titleLineOffset: number;
  /** Column (0-based) of the title on its line. */
  titleColumn: number;
}

export type RawBlock = RawParagraph | RawReadAlso;

export interface RawSection {
  heading: Span | null;
  blocks: RawBlock[];
}

export interface RawStructure {
  title: Span;
  sections: RawSection[];
}

/** "كلمتان هنا" → 2 (tokens holding a letter or a digit) */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(STRUCTURE.SPACES)) if (STRUCTURE.WORD.test(token)) n++;
  return n;
}

/** "روسيا تؤيد التطبيع" → true; "ما القصة؟" → true; "جملة تامة." → false; a 30-word line → false */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > STRUCTURE.MAX_HEADING_CHARS) return false;
  const words = countWords(trimmed);
  if (words === 0 || words > STRUCTURE.MAX_HEADING_WORDS) return false;
  if (STRUCTURE.STATEMENT_END.test(trimmed)) return false;
  if (STRUCTURE.NOT_A_HEADING.some((re) => re.test(trimmed))) return false;
  if (words <= STRUCTURE.DATE_LINE_MAX_WORDS && STRUCTURE.DATE_LINE.test(trimmed)) return false;
  return true;
}

/** "## عنوان" → { before: "## ", text: "عنوان", after: "" }; "نص" → null */
export function splitMarkedHeading(
  text: string,
): { before: string; text: string; after: string } | null {
  if (text.length > STRUCTURE.MAX_MARKED_HEADING_CHARS) return null;
  const hash = STRUCTURE.HASH_HEADING.exec(text);
  if (hash && STRUCTURE.WORD.test(hash[2] ?? ""))
    return { before: hash[1] ?? "", text: hash[2] ?? "", after: hash[3] ?? "" };
  const bold = STRUCTURE.BOLD_HEADING.exec(text);
  if (
    bold &&
    STRUCTURE.WORD.test(bold[2] ?? "") &&
    countWords(bold[2] ?? "") <= STRUCTURE.MAX_BOLD_HEADING_WORDS
  ) {
    return { before: bold[1] ?? "", text: bold[2] ?? "", after: bold[3] ?? "" };
  }
  return splitStarHeading(text);
}

/** "* عنوان" → { before: "* ", text: "عنوان", after: "" }; "*عنوان *" → after " *"; linear on any line. */
function splitStarHeading(text: string): { before: string; text: string; after: string } | null {
  const open = STRUCTURE.STAR_OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  let cut = rest.length;
  if (rest.endsWith("*") && rest.length > 1) {
    cut--;
    while (cut > 1 && STRUCTURE.SPACE_CHAR.test(rest[cut - 1] ?? "")) cut--;
  }
  const inner = rest.slice(0, cut);
  return isHeadingLike(inner) ? { before: open[0], text: inner, after: rest.slice(cut) } : null;
}

/** An unmarked line as a span: leading whitespace goes to `before`. "  نص" → before "  ", text "نص" */
function plainSpan(line: ContentLine): Span {
  const before = STRUCTURE.LEADING_SPACE.exec(line.text)?.[0] ?? "";
  return {
    line: line.line,
    lineOffset: line.offset,
    before,
    text: line.text.slice(before.length),
    after: "",
  };
}

function markedSpan(line: ContentLine): Span | null {
  const marked = splitMarkedHeading(line.text);
  return marked ? { line: line.line, lineOffset: line.offset, ...marked } : null;
}

function paragraph(line: ContentLine): RawParagraph {
  return {
    type: "paragraph",
    span: { line: line.line, lineOffset: line.offset, before: "", text: line.text, after: "" },
  };
}

type Kind =
  | { kind: "readAlso"; block: RawReadAlso; consumed: number }
  | { kind: "marked"; span: Span }
  | { kind: "candidate" }
  | { kind: "body"; prose: boolean };

/** Prose is what a reader reads: a sentence, or a line too long to be a heading. "نص." → true; "بقلم: أحمد" → false */
function isProse(text: string): boolean {
  const trimmed = text.trim();
  return (
    STRUCTURE.SENTENCE_END.test(trimmed) ||
    trimmed.length > STRUCTURE.MAX_HEADING_CHARS ||
    countWords(trimmed) > STRUCTURE.MAX_HEADING_WORDS
  );
}

/** Classifies line i (and, for a label standing alone, the title line after it). */
function classify(lines: readonly ContentLine[], i: number): Kind {
  const line = lines[i];
  if (!line) return { kind: "body", prose: false };
  const readAlso = matchReadAlso(line.text);
  if (readAlso) {
    const span: Span = {
      line: line.line,
      lineOffset: line.offset,
      before: "",
      text: line.text,
      after: "",
    };
    if (readAlso.title.trim() !== "") {
      const block: RawReadAlso = {
        type: "readAlso",
        span,
        label: readAlso.label,
        title: readAlso.title,
        titleLine: line.line,
        titleLineOffset: line.offset,
        titleColumn: readAlso.label.length,
      };
      return { kind: "readAlso", block, consumed: 1 };
    }
    // "اقرأ أيضاً:" alone: the related title is the next line, if it looks like one.
    const next = lines[i + 1];
    if (
      next &&
      readAlso.title === "" &&
      next.text.length <= READ_ALSO.MAX_TITLE_CHARS &&
      !matchReadAlso(next.text) &&
      !splitMarkedHeading(next.text)
    ) {
      const block: RawReadAlso = {
        type: "readAlso",
        span,
        label: `${line.text}\n`,
        title: next.text,
        titleLine: next.line,
        titleLineOffset: next.offset,
        titleColumn: 0,
      };
      return { kind: "readAlso", block, consumed: 2 };
    }
    return { kind: "body", prose: isProse(line.text) };
  }
  const marked = markedSpan(line);
  if (marked) return { kind: "marked", span: marked };
  return isHeadingLike(line.text)
    ? { kind: "candidate" }
    : { kind: "body", prose: isProse(line.text) };
}

/**
 * Lines after the title → sections. A marked line is always a heading; a short unmarked
 * line is one only when body text follows it (so trailing footers and runs of short
 * lines stay paragraphs) and some prose came before it (so a byline or a caption right
 * under the title does not take the lead's place).
 */
export function buildStructure(lines: readonly ContentLine[], file: string): RawStructure {
  const first = lines[0];
  if (!first) throw new SeedError(file, null, "no title: the file has no line with words");
  if (matchReadAlso(first.text)) {
    throw new SeedError(file, first.line, "no title: the first content line is a read-also link");
  }
  const title = markedSpan(first) ?? plainSpan(first);

  const kinds: Kind[] = [];
  const starts: number[] = [];
  for (let i = 1; i < lines.length;) {
    const kind = classify(lines, i);
    kinds.push(kind);
    starts.push(i);
    i += kind.kind === "readAlso" ? kind.consumed : 1;
  }

  const sections: RawSection[] = [{ heading: null, blocks: [] }];
  let proseSeen = false;
  kinds.forEach((kind, k) => {
    const line = lines[starts[k] ?? 0];
    if (!line) return;
    const next = kinds[k + 1];
    if (kind.kind === "body" && kind.prose) proseSeen = true;
    if (kind.kind === "marked") sections.push({ heading: kind.span, blocks: [] });
    else if (kind.kind === "candidate" && next?.kind === "body" && proseSeen)
      sections.push({ heading: plainSpan(line), blocks: [] });
    else {
      const current = sections[sections.length - 1];
      current?.blocks.push(kind.kind === "readAlso" ? kind.block : paragraph(line));
    }
  });
  return { title, sections };
}
