/**
 * A worker thread of the article build: parses the seeds it is sent, one at a time, with its
 * own recognizer and index of the app's articles (scripts/lib/parse-pool.ts starts it).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { KnownArticle } from "../../src/pipeline/read-also.ts";
import { SeedError } from "../../src/pipeline/seed-error.ts";
import { parseSeedFile, RecordingIndex } from "./parse-seed.ts";
import { createBuildRecognizer } from "./people-recognizer.ts";
import type { WorkerReply, WorkerRequest } from "./parse-pool.ts";

const { seedsDir, known } = workerData as { seedsDir: string; known: KnownArticle[] };
const index = new RecordingIndex(known);
const recognizer = createBuildRecognizer();
const port = parentPort;
if (!port) throw new Error("parse-worker: not started as a worker thread");

port.on("message", (request: WorkerRequest) => {
  parseSeedFile(seedsDir, request.name, recognizer, index).then(
    ({ parsed }) => port.postMessage({ id: request.id, parsed } satisfies WorkerReply),
    (error: unknown) => {
      const seed =
        error instanceof SeedError
          ? { file: error.file, line: error.line, reason: error.reason }
          : null;
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: request.id, error: { message, seed } } satisfies WorkerReply);
    },
  );
});
