/**
 * Parsing the reader's text, as the page sees it: one parse at a time, progress stages, a
 * cancel that really stops the work. The browser implementation runs the pipeline in a
 * module worker; tests pass an in-process one.
 */
import workerUrl from "../worker/parse.worker.ts?worker&url";
import type { Section } from "../../../article/schema";
import type {
  FromWorker,
  ParseFailure,
  ParseSource,
  ParseStage,
  ParseSuccess,
  ToWorker,
} from "./protocol";
import { trustedWorkerUrl } from "./worker-url";

export type ParseOutcome =
  | ({ status: "done" } & ParseSuccess)
  | { status: "failed"; failure: ParseFailure; text?: string | null }
  | { status: "cancelled" };

export interface ArticleParser {
  /** Starts what parsing needs (the worker, its model) ahead of the first parse. */
  warm(): void;
  /** Parses; a new parse or `cancel()` ends the one in progress with "cancelled". Never rejects. */
  parse(source: ParseSource, onStage: (stage: ParseStage) => void): Promise<ParseOutcome>;
  cancel(): void;
  /** Stops everything for good (the page is leaving). */
  dispose(): void;
}

/** The Worker constructor as browsers define it: it takes a TrustedScriptURL too (TS's DOM lib does not say so). */
type WorkerConstructor = new (
  url: string | ReturnType<typeof trustedWorkerUrl>,
  options: WorkerOptions,
) => Worker;

interface Pending {
  id: number;
  /** The article's sections as they arrive, before "done". */
  sections: Section[];
  resolve: (outcome: ParseOutcome) => void;
  onStage: (stage: ParseStage) => void;
}

export function createWorkerParser(): ArticleParser {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  const settle = (outcome: ParseOutcome): void => {
    const current = pending;
    pending = null;
    current?.resolve(outcome);
  };

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };

  const start = (): Worker => {
    if (worker) return worker;
    const created = new (Worker as unknown as WorkerConstructor)(trustedWorkerUrl(workerUrl), {
      type: "module",
      name: "read-own-parser",
    });
    created.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (!pending || message.id !== pending.id) return;
      if (message.type === "stage") pending.onStage(message.stage);
      else if (message.type === "sections") pending.sections.push(...message.sections);
      else if (message.type === "failed")
        settle({ status: "failed", failure: message.failure, text: message.text });
      else {
        const article = { ...message.article, sections: pending.sections };
        settle({ status: "done", article, text: message.text, timings: message.timings });
      }
    };
    created.onerror = (event) => {
      // The script failed to load or threw outside a parse: this worker is of no more use.
      event.preventDefault();
      stop();
      settle({
        status: "failed",
        failure: { kind: "worker", message: event.message || "the parse worker failed" },
      });
    };
    worker = created;
    return created;
  };

  const warm = (): void => {
    try {
      start();
    } catch {
      // Reported by the first parse, which tries again.
    }
  };

  return {
    warm,
    parse(source, onStage) {
      settle({ status: "cancelled" });
      return new Promise<ParseOutcome>((resolve) => {
        let target: Worker;
        try {
          target = start();
        } catch (error) {
          resolve({
            status: "failed",
            failure: {
              kind: "worker",
              message: error instanceof Error ? error.message : String(error),
            },
          });
          return;
        }
        const id = nextId++;
        pending = { id, sections: [], resolve, onStage };
        const message: ToWorker = { type: "parse", id, source };
        // A file's bytes move to the worker rather than being copied.
        target.postMessage(message, source.kind === "file" ? [source.bytes] : []);
      });
    },
    cancel() {
      if (!pending) return;
      // parseArticle is one synchronous call: the only way to stop it is to end the worker.
      stop();
      settle({ status: "cancelled" });
      warm();
    },
    dispose() {
      stop();
      settle({ status: "cancelled" });
    },
  };
}
