/**
 * One parse, as the worker runs it, in two steps:
 *
 * 1. `readSource`: bytes are decoded (refusing binary and invalid UTF-8) and the text is
 *    checked for a title, with the build's own code. Cheap, and needs no name model, so
 *    empty or binary input is refused at once, even while the model is still loading.
 * 2. `parseText`: the build's `parseArticle`, with the given person recognizer.
 *
 * Pure, so tests run it in process with any recognizer.
 *
 *   parseSource({ kind: "text", text: "عنوان\n\nنص." }, recognizer)
 *     → { ok: true, article: { slug: "my-text", title: "عنوان", … }, text: "عنوان\n\nنص." }
 *   parseSource({ kind: "text", text: "  \n" }, recognizer)
 *     → { ok: false, failure: { kind: "seed", line: null, reason: "whitespace-only file: no text at all" } }
 */
import type { Article } from "../../../article/schema";
import { decodeSeed } from "../../../pipeline/decode-seed";
import { parseArticle, readTitle } from "../../../pipeline/parse-article";
import type { PersonRecognizer } from "../../../pipeline/people/recognizer";
import { SeedError } from "../../../pipeline/seed-error";
import type { ParseFailure, ParseSource } from "../api/protocol";

/** The file name the pipeline sees: it gives the slug "my-text" (ids, the person card's id). */
export const READ_OWN_FILE = "my-text.txt";

type Checked<T> = ({ ok: true } & T) | { ok: false; failure: ParseFailure };

/** A refusal after a file was decoded carries its text, so that the page can show the line. */
type Read = { ok: true; text: string } | { ok: false; failure: ParseFailure; text: string | null };

function failureOf(error: unknown): ParseFailure {
  if (error instanceof SeedError) return { kind: "seed", line: error.line, reason: error.reason };
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}

/** Step 1: the text, or why it is not article text (empty, blank, binary, no title). */
export function readSource(source: ParseSource): Read {
  const file = source.kind === "file" ? source.name : READ_OWN_FILE;
  let text: string;
  try {
    text = source.kind === "file" ? decodeSeed(new Uint8Array(source.bytes), file) : source.text;
  } catch (error) {
    return { ok: false, failure: failureOf(error), text: null };
  }
  try {
    readTitle(text, file);
    return { ok: true, text };
  } catch (error) {
    return { ok: false, failure: failureOf(error), text: source.kind === "file" ? text : null };
  }
}

/** Step 2: the article. */
export function parseText(
  text: string,
  recognizer: PersonRecognizer,
): Checked<{ article: Article }> {
  try {
    return { ok: true, article: parseArticle(text, { file: READ_OWN_FILE, recognizer }) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** Both steps. */
export function parseSource(
  source: ParseSource,
  recognizer: PersonRecognizer,
): Checked<{ article: Article; text: string }> {
  const read = readSource(source);
  if (!read.ok) return read;
  const parsed = parseText(read.text, recognizer);
  return parsed.ok ? { ok: true, article: parsed.article, text: read.text } : parsed;
}
