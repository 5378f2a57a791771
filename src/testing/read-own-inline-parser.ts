/**
 * An ArticleParser that runs the worker's own parse steps in the test's thread, with any
 * recognizer: component tests exercise the page and the real pipeline without a Worker
 * (jsdom has none). `hold` keeps a parse pending until the test cancels it.
 */
import type { PersonRecognizer } from "../pipeline/people/recognizer";
import type { ArticleParser, ParseOutcome } from "../features/read-own/api/article-parser";
import { parseText, readSource } from "../features/read-own/worker/parse-source";

export interface InlineParserOptions {
  /** Never finish a parse on its own (to test progress and cancel). */
  hold?: boolean;
}

export function createInlineParser(
  recognizer: PersonRecognizer,
  options: InlineParserOptions = {},
): ArticleParser {
  let settle: ((outcome: ParseOutcome) => void) | null = null;
  let current = 0;
  const finish = (outcome: ParseOutcome) => {
    const resolve = settle;
    settle = null;
    resolve?.(outcome);
  };
  return {
    warm() {},
    parse(source, onStage) {
      finish({ status: "cancelled" });
      const id = ++current;
      return new Promise<ParseOutcome>((resolve) => {
        settle = resolve;
        if (options.hold) {
          onStage("parsing");
          return;
        }
        // A macrotask, as a worker's answer would be.
        setTimeout(() => {
          if (id !== current || settle !== resolve) return;
          const read = readSource(source);
          if (!read.ok) return finish({ status: "failed", failure: read.failure, text: read.text });
          onStage("parsing");
          const parsed = parseText(read.text, recognizer);
          if (!parsed.ok) return finish({ status: "failed", failure: parsed.failure });
          finish({
            status: "done",
            article: parsed.article,
            text: source.kind === "file" ? read.text : null,
            timings: { modelMs: 0, parseMs: 5 },
          });
        }, 0);
      });
    },
    cancel() {
      finish({ status: "cancelled" });
    },
    dispose() {
      finish({ status: "cancelled" });
    },
  };
}
