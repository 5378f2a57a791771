/**
 * Reading `TOKEN TAG` files (ANERcorp's format) without trusting them. ANERcorp has real
 * faults: lines with an empty token (` O`), and one tag glued to the next word
 * (`. Oالإصابة O`). Every line is kept, in order, so a tagger can write back exactly as many
 * lines as it read; bad lines are marked with the reason and never crash the reader.
 * Pure string work: the file system lives in scripts/lib/conll.ts.
 */

export type PersonTag = "O" | "B-PERS" | "I-PERS";

export interface ConllLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line as read, without its line ending. */
  raw: string;
  kind: "token" | "blank" | "fault";
  /** The word; "" for blank and faulty lines. */
  token: string;
  /** The gold tag as written, or null when the line has none (token-only input). */
  tag: string | null;
  /** Why the line was rejected (kind "fault"). */
  fault?: string;
}

export interface ConllFault {
  line: number;
  raw: string;
  reason: string;
}

export interface ParsedConll {
  lines: ConllLine[];
  faults: ConllFault[];
}

const TAG = /^(?:O|[BIES]-[A-Za-z]+)$/;

export function isTag(field: string): boolean {
  return TAG.test(field);
}

/**
 * Maps any entity tag onto the person scheme: B-PERS/I-PERS (also CoNLL's B-PER/I-PER)
 * stay, every other type becomes O.
 */
export function toPersonTag(tag: string): PersonTag {
  if (tag === "B-PERS" || tag === "B-PER" || tag === "S-PERS" || tag === "S-PER") return "B-PERS";
  if (tag === "I-PERS" || tag === "I-PER" || tag === "E-PERS" || tag === "E-PER") return "I-PERS";
  return "O";
}

/**
 * @param requireTags true for training and scoring data (a line without a tag is a fault);
 *   false for text to tag, where a line holding one token and nothing else is fine.
 */
export function parseConll(text: string, requireTags: boolean): ParsedConll {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = body.split("\n");
  // A final newline ends the last line; it does not start a new, empty one.
  if (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const lines: ConllLine[] = [];
  const faults: ConllFault[] = [];
  rows.forEach((row, index) => {
    const raw = row.endsWith("\r") ? row.slice(0, -1) : row;
    const line = index + 1;
    const parsed = parseLine(raw, requireTags);
    if (typeof parsed === "string") {
      lines.push({ line, raw, kind: "fault", token: "", tag: null, fault: parsed });
      faults.push({ line, raw, reason: parsed });
    } else if (parsed === null) {
      lines.push({ line, raw, kind: "blank", token: "", tag: null });
    } else {
      lines.push({ line, raw, kind: "token", token: parsed.token, tag: parsed.tag });
    }
  });
  return { lines, faults };
}

/** A token line, null for a blank line, or the reason the line is unusable. */
function parseLine(
  raw: string,
  requireTags: boolean,
): { token: string; tag: string | null } | null | string {
  const trimmed = raw.trimEnd();
  if (trimmed.trim() === "") return null;
  const fields = trimmed.split(/[ \t]+/);
  if (fields[0] === "") {
    return fields.length === 2 && isTag(fields[1] as string)
      ? "empty token (the line holds a tag only)"
      : "line starts with a space";
  }
  if (fields.length === 1) {
    return requireTags
      ? "one field: the tag is missing"
      : { token: fields[0] as string, tag: null };
  }
  if (fields.length === 2) {
    const tag = fields[1] as string;
    if (!isTag(tag)) return `unknown tag "${tag}"`;
    return { token: fields[0] as string, tag };
  }
  const glued = fields.slice(1, -1).some((f) => /^(?:O|[BI]-[A-Z]+)[^\sA-Za-z-]/u.test(f));
  return glued
    ? `${fields.length} fields: a tag glued to a word`
    : `${fields.length} fields where 2 are expected`;
}

/** Text to write back for a line the tagger could not use: its words kept, tag O. */
export function passThroughLine(line: ConllLine): string {
  if (line.kind === "blank") return line.raw;
  const fields = line.raw.trimEnd().split(/[ \t]+/);
  if (fields.length >= 2 && isTag(fields[fields.length - 1] as string)) fields.pop();
  return `${fields.join(" ")} O`;
}
