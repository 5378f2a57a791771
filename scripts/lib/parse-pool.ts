/**
 * Parses seeds on worker threads, one seed in flight per worker, and hands the results back
 * in the order of `names`. At most `WINDOW` results wait for a slower one ahead of them, so
 * memory stays bounded however many seeds there are.
 *
 *   await parseOnWorkers(names, { seedsDir, known, workers: 2 }, (parsed) => write(parsed))
 *
 * Workers load TypeScript through tsx's API, under tsx and under Vitest alike.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { KnownArticle } from "../../src/pipeline/read-also.ts";
import { SeedError } from "../../src/pipeline/seed-error.ts";
import type { ParsedSeed } from "./parse-seed.ts";

export interface WorkerRequest {
  id: number;
  name: string;
}

export type WorkerReply =
  | { id: number; parsed: ParsedSeed }
  | {
      id: number;
      error: {
        message: string;
        seed: { file: string; line: number | null; reason: string } | null;
      };
    };

const WINDOW = 64;
const WORKER_FILE = new URL("./parse-worker.ts", import.meta.url);
/**
 * The worker's first module: registers tsx in the new thread, then loads the TypeScript worker.
 * Node 20 does not apply a parent's `--import` loader to a worker's .ts entry.
 */
const TSX_API = tsxApiUrl();
const BOOT = `import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(WORKER_FILE.href)});`;

/** tsx's ESM API, by its package's own exports (require.resolve would give the CommonJS one). */
function tsxApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const file = pkg.exports["./esm/api"]?.import.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(path.join(path.dirname(manifest), file)).href;
}

export interface PoolOptions {
  seedsDir: string;
  known: readonly KnownArticle[];
  workers: number;
}

export async function parseOnWorkers(
  names: readonly string[],
  { seedsDir, known, workers }: PoolOptions,
  onParsed: (parsed: ParsedSeed) => Promise<void>,
): Promise<void> {
  if (names.length === 0) return;
  const threads = Array.from(
    { length: Math.max(1, Math.min(workers, names.length)) },
    () =>
      new Worker(new URL(`data:text/javascript,${encodeURIComponent(BOOT)}`), {
        workerData: { seedsDir, known },
      }),
  );
  // A failed seed waits its turn too, so the error reported is the first seed's, as in one process.
  const done = new Map<number, ParsedSeed | Error>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let emitting = Promise.resolve();
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const dispatch = (worker: Worker) => {
        if (failed || next >= names.length || next >= emitted + WINDOW) return false;
        const id = next++;
        worker.postMessage({ id, name: names[id] ?? "" } satisfies WorkerRequest);
        return true;
      };
      const idle = new Set<Worker>();
      const flush = () => {
        emitting = emitting.then(async () => {
          for (let ready = done.get(emitted); ready && !failed; ready = done.get(emitted)) {
            done.delete(emitted);
            if (ready instanceof Error) throw ready;
            await onParsed(ready);
            emitted++;
            for (const worker of [...idle]) if (dispatch(worker)) idle.delete(worker);
          }
          if (emitted === names.length) resolve();
        }, fail);
        emitting.catch(fail);
      };
      for (const worker of threads) {
        worker.on("error", fail);
        worker.on("message", (reply: WorkerReply) => {
          if ("error" in reply) {
            const { message, seed } = reply.error;
            done.set(
              reply.id,
              seed ? new SeedError(seed.file, seed.line, seed.reason) : new Error(message),
            );
          } else done.set(reply.id, reply.parsed);
          if (!dispatch(worker)) idle.add(worker);
          flush();
        });
        if (!dispatch(worker)) idle.add(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
