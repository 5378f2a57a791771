/**
 * `npm run bench`: builds the app, serves it, measures it, prints one report.
 *
 *   1. build: `vite build` + the prerender into a folder of its own (dist/ is left alone),
 *      plus the long article (200 sections, 50,000 words) and two plain pages: the floor
 *      (the seed article's text as bare static HTML) and the long article's baseline;
 *   2. serve it with `vite preview` on a free localhost port (the app's own headers);
 *   3. Lighthouse 12.2.3, mobile, simulated throttling, three cold runs per page, medians:
 *      the article page, the library page and the floor, and the LCP ratio app/floor;
 *   4. the long article: outline click → scroll end, longest task, 4× CPU, app and baseline;
 *   5. the built sizes the budgets test checks;
 *   6. the pipeline benchmark (bench/pipeline.ts): 1,000 and 10,000 articles.
 *
 *   npm run bench [-- --runs 3] [-- --json results.json] [-- --skip-pipeline]
 *   npm run bench -- --only long-article   (build, serve, the long article alone: steps 1, 2, 4)
 *   npm run bench -- --traces <dir>        (keep the long article's Chromium traces, one per click)
 *   npm run bench -- --library 1000        (the build of 1,000 generated articles alone: bench/library.ts)
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatLibraryTable, runLibraryBench } from "./library.ts";
import { LIGHTHOUSE, runLighthouse, type LighthouseFigures } from "./lighthouse.ts";
import { measureOutlineClicks, type OutlineFigures } from "./long-article.ts";
import { formatPipelineTable, runPipelineBench } from "./pipeline.ts";
import {
  lighthouseTable,
  longArticleVerdict,
  outlineTable,
  sizesTable,
  verdicts,
} from "./report.ts";
import { buildSite, log, serve, SITE, type Built } from "./site.ts";

/** Parts that `--only` can pick, for working on one figure without waiting for the rest. */
const PARTS = ["long-article"] as const;
type Part = (typeof PARTS)[number];

interface Args {
  runs: number;
  json: string | null;
  pipeline: boolean;
  only: Part | null;
  /** Where to keep the long article's traces (one per click), if anywhere. */
  traces: string | null;
  /** Build a library of this many generated articles, and nothing else. */
  library: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = value("--only");
  if (only !== undefined && !PARTS.some((part) => part === only)) {
    throw new Error(`bench: --only takes one of ${PARTS.join(", ")}, not ${only ?? "nothing"}`);
  }
  return {
    runs: Number(value("--runs") ?? LIGHTHOUSE.RUNS),
    json: value("--json") ?? null,
    pipeline: !argv.includes("--skip-pipeline"),
    only: (only as Part | undefined) ?? null,
    traces: value("--traces") ?? null,
    library: value("--library") === undefined ? null : Number(value("--library")),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")}`;
  log(machine);
  if (args.library !== null) {
    if (!Number.isInteger(args.library) || args.library < 1)
      throw new Error("bench: --library takes a number of articles, such as 1000");
    const figures = runLibraryBench(args.library, log);
    console.log([`Machine: ${machine}`, "", formatLibraryTable(figures)].join("\n"));
    if (args.json) writeFileSync(args.json, JSON.stringify({ machine, library: figures }, null, 2));
    return;
  }

  const built = await buildSite();
  if (args.only === "long-article") {
    await longArticleOnly(built, machine, args);
    return;
  }
  const { url, server } = await serve(built.dir);
  let lighthouse: LighthouseFigures[];
  let outline: { app: OutlineFigures; baseline: OutlineFigures };
  try {
    const pages = [
      `${url}/articles/${built.articleSlug}`,
      `${url}/`,
      `${url}/${SITE.FLOOR_DIR}/${built.articleSlug}.html`,
    ];
    lighthouse = await runLighthouse(pages, {
      runs: args.runs,
      onRun: (page, run) => log(`lighthouse ${run + 1}/${args.runs} ${page.slice(url.length)}`),
    });
    log(
      `long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`,
    );
    outline = await measureOutlineClicks(url, built.long, args.traces);
  } finally {
    server.kill();
  }
  const [article, library, floor] = lighthouse as [
    LighthouseFigures,
    LighthouseFigures,
    LighthouseFigures,
  ];

  const pipeline = args.pipeline ? await runPipelineBench() : null;

  const report = [
    `Machine: ${machine}`,
    "",
    `Lighthouse 12.2.3, mobile, simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU), median of ${args.runs} cold runs each`,
    lighthouseTable(
      [
        ["article (app)", article],
        ["library (app)", library],
        ["floor (static HTML)", floor],
      ],
      floor,
    ),
    "",
    `Long article (${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words), outline click, Chromium at 4× CPU slowdown`,
    outlineTable(outline.app, outline.baseline),
    "",
    "Built sizes (what tests/budgets.test.ts checks on the article page)",
    sizesTable(built),
    "",
    ...(pipeline ? [formatPipelineTable(pipeline), ""] : []),
    "Targets (article page)",
    ...verdicts(article, floor, outline.app),
  ].join("\n");
  console.log(report);

  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        {
          machine,
          lighthouse: { article, library, floor },
          outline,
          sizes: { article: built.articleCost, library: built.libraryCost },
          pipeline,
        },
        null,
        2,
      ),
    );
  }
}

/** `--only long-article`: the outline clicks alone, app and baseline, same table and verdict. */
async function longArticleOnly(built: Built, machine: string, args: Args): Promise<void> {
  const { url, server } = await serve(built.dir);
  let outline: { app: OutlineFigures; baseline: OutlineFigures };
  try {
    log(
      `long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`,
    );
    outline = await measureOutlineClicks(url, built.long, args.traces);
  } finally {
    server.kill();
  }
  console.log(
    [
      `Machine: ${machine}`,
      "",
      `Long article (${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words), outline click, Chromium at 4× CPU slowdown`,
      outlineTable(outline.app, outline.baseline),
      "",
      longArticleVerdict(outline.app),
    ].join("\n"),
  );
  if (args.json) writeFileSync(args.json, JSON.stringify({ machine, outline }, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
