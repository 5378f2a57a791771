/**
 * The pipeline benchmark: what `npm run articles` does per article (the title for links,
 * parseArticle with the build's person recognizer — the trained tagger with the cues — the
 * JSON, the library entry), on 1,000 and on
 * 10,000 articles made from the seed's sentences (bench/make-articles.ts). Prints
 * articles/s and MB/s (UTF-8 seed text in) per size, and the ratio of the cost per
 * article: it must stay flat (no cache or step that grows with the number of articles).
 *
 *   npx tsx bench/pipeline.ts [--sizes 1000,10000]
 *   import { runPipelineBench, formatPipelineTable } from "./pipeline.ts"   // bench/run.ts
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { toJson } from "../scripts/build-articles.ts";
import { buildLibrary, libraryEntry } from "../src/pipeline/library.ts";
import {
  KnownArticleIndex,
  parseArticle,
  readTitle,
  slugFromFile,
} from "../src/pipeline/parse-article.ts";
import { createBuildRecognizer } from "../scripts/lib/people-recognizer.ts";
import { makeArticles, seedMaterial, type MadeArticle } from "./make-articles.ts";
import { progressBar } from "../scripts/lib/progress.ts";

export const PIPELINE_BENCH = {
  SIZES: [1_000, 10_000] as const,
  /** Articles parsed before timing, so that the first size does not pay for the JIT alone. */
  WARMUP: 1_000,
  /** Sizes up to this many articles are timed a few times (median): one short run is at the mercy of the machine. */
  REPEAT_BELOW: 2_000,
  REPEATS: 3,
  /** Cost per article at the largest size over the smallest: above this it "grows". */
  FLAT_RATIO: 1.15,
  PRNG_SEED: 1,
} as const;

export interface PipelineBenchRow {
  articles: number;
  /** Wall-clock time of the run (the median run when repeated). */
  seconds: number;
  /** CPU time of this process over the run (user + system): what a busy machine disturbs least. */
  cpuSeconds: number;
  articlesPerSecond: number;
  /** Seed text in (UTF-8), per second. */
  mbPerSecond: number;
  msPerArticle: number;
  cpuMsPerArticle: number;
  inputMB: number;
  /** Article JSON and index.json out. */
  outputMB: number;
}

export interface PipelineBenchResult {
  rows: PipelineBenchRow[];
  /** CPU ms per article at the largest size / at the smallest: 1.0 is flat. */
  costRatio: number;
  /** The same from wall-clock time. */
  wallRatio: number;
  flat: boolean;
  cores: number;
  node: string;
}

export interface PipelineBenchOptions {
  sizes?: readonly number[];
  /** A progress bar on stderr (only drawn on a terminal). Default true. */
  progress?: boolean;
}

const MB = 1024 * 1024;

/** The build's work for `articles`, as in scripts/build-articles.ts, minus the disk. */
function runOnce(
  articles: readonly MadeArticle[],
  label: string,
  progress: boolean,
): { seconds: number; cpuSeconds: number; outputBytes: number } {
  // The model is loaded once per run, as the build loads it once per build.
  const recognizer = createBuildRecognizer();
  const bar = progress ? progressBar(label, articles.length) : { tick: () => {}, done: () => {} };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const known = new KnownArticleIndex(
    articles.map((a) => ({ slug: slugFromFile(a.file), title: readTitle(a.text, a.file) })),
  );
  let outputBytes = 0;
  const entries = [];
  for (const made of articles) {
    const article = parseArticle(made.text, { file: made.file, recognizer, knownArticles: known });
    outputBytes += Buffer.byteLength(toJson(article));
    entries.push(libraryEntry(article));
    bar.tick();
  }
  outputBytes += Buffer.byteLength(toJson({ ...buildLibrary([]), articles: entries }));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  bar.done();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, outputBytes };
}

/** The run with the median CPU time of `repeats`. */
function medianRun(
  articles: readonly MadeArticle[],
  label: string,
  progress: boolean,
  repeats: number,
): ReturnType<typeof runOnce> {
  const runs = Array.from({ length: repeats }, (_, k) =>
    runOnce(articles, repeats > 1 ? `${label} (${k + 1}/${repeats})` : label, progress),
  );
  runs.sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  return runs[Math.floor(runs.length / 2)] ?? runOnce(articles, label, progress);
}

export async function runPipelineBench(
  options: PipelineBenchOptions = {},
): Promise<PipelineBenchResult> {
  const sizes = [...(options.sizes ?? PIPELINE_BENCH.SIZES)].sort((a, b) => a - b);
  const progress = options.progress ?? true;
  const largest = sizes[sizes.length - 1] ?? 0;
  const making = progress ? progressBar("making articles", largest) : undefined;
  const all = makeArticles(largest, PIPELINE_BENCH.PRNG_SEED, seedMaterial(), () => making?.tick());
  making?.done();
  runOnce(all.slice(0, PIPELINE_BENCH.WARMUP), "warming up", progress);
  const rows: PipelineBenchRow[] = [];
  for (const size of sizes) {
    const articles = all.slice(0, size);
    const inputBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    const repeats = size <= PIPELINE_BENCH.REPEAT_BELOW ? PIPELINE_BENCH.REPEATS : 1;
    const { seconds, cpuSeconds, outputBytes } = medianRun(
      articles,
      `pipeline ${size.toLocaleString("en-US")}`,
      progress,
      repeats,
    );
    rows.push({
      articles: size,
      seconds,
      cpuSeconds,
      articlesPerSecond: size / seconds,
      mbPerSecond: inputBytes / MB / seconds,
      msPerArticle: (seconds * 1000) / size,
      cpuMsPerArticle: (cpuSeconds * 1000) / size,
      inputMB: inputBytes / MB,
      outputMB: outputBytes / MB,
    });
    // Let the event loop breathe between sizes (a caller may be drawing something).
    await new Promise((resolve) => setImmediate(resolve));
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const costRatio = first && last ? last.cpuMsPerArticle / first.cpuMsPerArticle : 1;
  const wallRatio = first && last ? last.msPerArticle / first.msPerArticle : 1;
  return {
    rows,
    costRatio,
    wallRatio,
    flat: costRatio <= PIPELINE_BENCH.FLAT_RATIO,
    cores: os.cpus().length,
    node: process.version,
  };
}

/** The result as a small table, for a terminal or a README. */
export function formatPipelineTable(result: PipelineBenchResult): string {
  const n = (x: number, digits = 0) =>
    x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    `Pipeline (parseArticle + trained tagger and cues + JSON), ${result.cores} cores, Node ${result.node}`,
    "| articles | seconds | articles/s | MB/s (seed text in) | ms/article | CPU ms/article | MB in | MB out |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.rows.map(
      (r) =>
        `| ${n(r.articles)} | ${n(r.seconds, 2)} | ${n(r.articlesPerSecond)} | ${n(r.mbPerSecond, 2)} | ${n(r.msPerArticle, 3)} | ${n(r.cpuMsPerArticle, 3)} | ${n(r.inputMB, 1)} | ${n(r.outputMB, 1)} |`,
    ),
    `cost per article, ${n(result.rows[result.rows.length - 1]?.articles ?? 0)} vs ${n(result.rows[0]?.articles ?? 0)} articles: ×${n(result.costRatio, 2)} CPU, ×${n(result.wallRatio, 2)} wall (${result.flat ? "flat" : `GROWS: over ×${PIPELINE_BENCH.FLAT_RATIO}`})`,
  ];
  return lines.join("\n");
}

/** "--sizes 1000,10000" → [1000, 10000] */
export function parseArgs(argv: readonly string[]): { sizes?: number[] } {
  if (argv.length === 0) return {};
  const [flag, value] = argv;
  if (flag !== "--sizes" || !value || !/^\d+(,\d+)*$/.test(value) || argv.length > 2)
    throw new Error("usage: npx tsx bench/pipeline.ts [--sizes 1000,10000]");
  return { sizes: value.split(",").map(Number) };
}

async function main(): Promise<void> {
  try {
    const result = await runPipelineBench(parseArgs(process.argv.slice(2)));
    console.log(formatPipelineTable(result));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
