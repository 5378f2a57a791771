/**
 * The /read page's module worker: parses the reader's text off the main thread, so a
 * megabyte of text never blocks typing, scrolling or the cancel button. The page
 * cancels by terminating the worker (parseArticle is one synchronous call).
 */
import type { PersonRecognizer } from "../../../pipeline/people/recognizer";
import type { Section } from "../../../article/schema";
import type { FromWorker, ToWorker } from "../api/protocol";
import { ModelLoadError } from "./model-load-error";
import { parseText, readSource } from "./parse-source";
// The recognizer /read uses: the trained tagger. To fall back to the hand-written cues,
// change this one line to: import { loadCueRecognizer as loadRecognizer } from "./cue-recognizer";
import { loadTaggerRecognizer as loadRecognizer } from "./tagger-recognizer";

/** The part of DedicatedWorkerGlobalScope used here (the app's TS lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;

let ready: PersonRecognizer | null = null;
let loading: Promise<PersonRecognizer> | null = null;

function recognizer(): Promise<PersonRecognizer> {
  if (ready) return Promise.resolve(ready);
  loading ??= loadRecognizer().then(
    (loaded) => (ready = loaded),
    (error: unknown) => {
      // Forget the failure, so that the next parse tries again (back online, say).
      loading = null;
      throw error;
    },
  );
  return loading;
}

// The page starts this worker when it opens: the model loads while the reader pastes.
// A failure here is reported by the first parse that needs the model.
recognizer().catch(() => {});

async function handle({ id, source }: ToWorker): Promise<FromWorker> {
  // Bad input is refused before waiting for the model.
  const read = readSource(source);
  if (!read.ok) return { type: "failed", id, failure: read.failure, text: read.text };
  const waitStart = performance.now();

  let found = ready;
  if (!found) {
    scope.postMessage({ type: "stage", id, stage: "model" });
    try {
      found = await recognizer();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const kind = error instanceof ModelLoadError ? "model" : "internal";
      return { type: "failed", id, failure: { kind, message }, text: null };
    }
  }
  const parseStart = performance.now();
  scope.postMessage({ type: "stage", id, stage: "parsing" });
  const parsed = parseText(read.text, found);
  if (!parsed.ok) return { type: "failed", id, failure: parsed.failure, text: null };
  const { sections, ...rest } = parsed.article;
  for (const part of sectionParts(sections))
    scope.postMessage({ type: "sections", id, sections: part });
  return {
    type: "done",
    id,
    article: { ...rest, sections: [] },
    // Only a file's text goes back: pasted text is already on the page.
    text: source.kind === "file" ? read.text : null,
    timings: { modelMs: parseStart - waitStart, parseMs: performance.now() - parseStart },
  };
}

/** Sections in parts of about this much text. */
const PART_CHARS = 30_000;

function sectionChars(section: Section): number {
  let chars = section.heading?.length ?? 0;
  for (const block of section.blocks)
    chars += block.type === "paragraph" ? block.text.length : block.title.length;
  return chars;
}

/** [s1, s2, …] → [[s1, s2], [s3], …], each part about PART_CHARS (a longer section alone). */
function sectionParts(sections: readonly Section[]): Section[][] {
  const parts: Section[][] = [];
  let part: Section[] = [];
  let chars = 0;
  for (const section of sections) {
    part.push(section);
    chars += sectionChars(section);
    if (chars >= PART_CHARS) {
      parts.push(part);
      part = [];
      chars = 0;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

scope.onmessage = (event) => {
  void handle(event.data).then((answer) => scope.postMessage(answer));
};
