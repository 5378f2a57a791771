/**
 * The messages between the /read page and its parse worker. Plain data only: everything
 * crosses the worker boundary by structured clone (the file's bytes are transferred).
 */
import type { Article, Section } from "../../../article/schema";

/** What the reader gave us: pasted text, or a dropped file's bytes (decoded in the worker). */
export type ParseSource =
  { kind: "text"; text: string } | { kind: "file"; name: string; bytes: ArrayBuffer };

/** What the worker is doing, for the page's status line. */
export type ParseStage = "model" | "parsing";

export type ParseFailure =
  /** The pipeline refused the text: the same reason and line the build would print. */
  | { kind: "seed"; line: number | null; reason: string }
  /** The name model could not be fetched (offline, say): worth a retry. */
  | { kind: "model"; message: string }
  /** No worker: the browser refused to start it (no Worker support, a Content Security Policy) or it crashed. */
  | { kind: "worker"; message: string }
  /** A bug: anything else that threw. */
  | { kind: "internal"; message: string };

export interface ParseTimings {
  /** Waiting for the name model (0 once it is loaded). */
  modelMs: number;
  /** parseArticle itself. */
  parseMs: number;
}

export interface ParseSuccess {
  article: Article;
  /** The decoded text, only for a file (so the page can show it for editing). */
  text: string | null;
  timings: ParseTimings;
}

export type ToWorker = { type: "parse"; id: number; source: ParseSource };

/**
 * A long article comes back in parts: its sections a few at a time ("sections"), then the
 * rest with no sections ("done"). Each message is a task of its own on the page's main
 * thread, and structured-cloning a megabyte article in one message took hundreds of
 * milliseconds there.
 */
export type FromWorker =
  | { type: "stage"; id: number; stage: ParseStage }
  | { type: "sections"; id: number; sections: Section[] }
  | ({ type: "done"; id: number } & ParseSuccess)
  /** `text`: a file's decoded text when it was refused after decoding (its lines are the failure's). */
  | { type: "failed"; id: number; failure: ParseFailure; text: string | null };
