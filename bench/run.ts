/**
 * `npm run bench`: builds the app, serves it, measures it, prints one report.
 *
 *   1. build: `vite build` + the prerender into a folder of its own (dist/ is left alone),
 *      plus the long article (200 sections, 50,000 words) and two plain pages: the floor
 *      (the seed article's text as bare static HTML) and the long article's baseline;
 *   2. serve it gzipped with a plain static server (bench/static-server.ts) on a free port;
 *   3. Lighthouse 12.2.3, mobile, in both throttling modes (simulate, then devtools), five cold
 *      runs each of the article page and the floor, interleaved; medians with min–max, and the
 *      LCP ratio app/floor;
 *   4. the long article: outline click → scroll end, longest task, 4× CPU, app and baseline;
 *   5. the built sizes the budgets test checks;
 *   6. the pipeline benchmark (bench/pipeline.ts): 1,000 and 10,000 articles.
 *
 *   npm run bench [-- --runs 5] [-- --mode simulate|devtools] [-- --library-page]
 *                 [-- --json results.json] [-- --skip-pipeline]
 *   npm run bench -- --only lighthouse     (build, serve, Lighthouse alone: steps 1, 2, 3)
 *   npm run bench -- --only long-article   (build, serve, the long article alone: steps 1, 2, 4)
 *   npm run bench -- --traces <dir>        (keep the long article's Chromium traces, one per click)
 *   npm run bench -- --library 1000        (the build of 1,000 generated articles alone: bench/library.ts)
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatLibraryTable, runLibraryBench } from "./library.ts";
import {
  LIGHTHOUSE,
  parseMode,
  runLighthouse,
  THROTTLING,
  type LighthouseSummary,
  type Throttling,
} from "./lighthouse.ts";
import { measureOutlineClicks, type OutlineFigures } from "./long-article.ts";
import { formatPipelineTable, runPipelineBench } from "./pipeline.ts";
import {
  lighthouseTable,
  lighthouseVerdicts,
  longArticleVerdict,
  outlineTable,
  sizesTable,
} from "./report.ts";
import { buildSite, log, serve, SITE, type Built } from "./site.ts";

/** Parts that `--only` can pick, for working on one figure without waiting for the rest. */
const PARTS = ["long-article", "lighthouse"] as const;
type Part = (typeof PARTS)[number];

interface Args {
  runs: number;
  modes: Throttling[];
  /** Measure the library page too. */
  libraryPage: boolean;
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
  const mode = value("--mode");
  return {
    runs: Number(value("--runs") ?? LIGHTHOUSE.RUNS),
    modes: mode === undefined ? [...THROTTLING] : [parseMode(mode)],
    libraryPage: argv.includes("--library-page"),
    json: value("--json") ?? null,
    pipeline: !argv.includes("--skip-pipeline"),
    only: (only as Part | undefined) ?? null,
    traces: value("--traces") ?? null,
    library: value("--library") === undefined ? null : Number(value("--library")),
  };
}

const LIGHTHOUSE_SETTINGS: Record<Throttling, string> = {
  simulate: "simulated throttling (Lantern: 150 ms RTT, 1.6 Mbps, 4× CPU)",
  devtools: "devtools throttling (applied: 562.5 ms RTT, 1.4 Mbps, 4× CPU)",
};

type ModeResult = { mode: Throttling; pages: [string, LighthouseSummary][] };

async function measureLighthouse(url: string, built: Built, args: Args): Promise<ModeResult[]> {
  const pages: [string, string][] = [
    ["article (app)", `${url}/articles/${built.articleSlug}`],
    ...(args.libraryPage ? [["library (app)", `${url}/`] as [string, string]] : []),
    ["floor (static HTML)", `${url}/${SITE.FLOOR_DIR}/${built.articleSlug}.html`],
  ];
  const results: ModeResult[] = [];
  for (const mode of args.modes) {
    const summaries = await runLighthouse(
      pages.map(([, page]) => page),
      {
        runs: args.runs,
        mode,
        onRun: (page, run) =>
          log(`lighthouse ${mode} ${run + 1}/${args.runs} ${page.slice(url.length)}`),
      },
    );
    results.push({ mode, pages: pages.map(([name], i) => [name, summaries[i]!]) });
  }
  return results;
}

function lighthouseReport(results: ModeResult[], args: Args): string[] {
  return results.flatMap(({ mode, pages }) => [
    `Lighthouse 12.2.3, mobile, ${LIGHTHOUSE_SETTINGS[mode]}, median (min–max) of ${args.runs} cold runs each`,
    lighthouseTable(pages, pages.at(-1)![1]),
    "",
  ]);
}

function lighthouseVerdictLines(results: ModeResult[]): string[] {
  return results.flatMap(({ mode, pages }) =>
    lighthouseVerdicts(mode, pages[0]![1], pages.at(-1)![1]),
  );
}

function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const machine = `${machineLine()} at the start`;
  log(machine);
  if (args.library !== null) {
    if (!Number.isInteger(args.library) || args.library < 1)
      throw new Error("bench: --library takes a number of articles, such as 1000");
    const figures = await runLibraryBench(args.library, log);
    console.log([`Machine: ${machine}`, "", formatLibraryTable(figures)].join("\n"));
    if (args.json) writeFileSync(args.json, JSON.stringify({ machine, library: figures }, null, 2));
    return;
  }

  const built = await buildSite();
  if (args.only === "long-article") {
    await longArticleOnly(built, machine, args);
    return;
  }
  const { url, close } = await serve(built.dir);
  let lighthouse: ModeResult[];
  let outline: { app: OutlineFigures; baseline: OutlineFigures } | null = null;
  try {
    lighthouse = await measureLighthouse(url, built, args);
    if (args.only === null) {
      log(
        `long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`,
      );
      outline = await measureOutlineClicks(url, built.long, args.traces);
    }
  } finally {
    await close();
  }
  const end = `${machineLine()} at the end`;

  const pipeline = args.pipeline && args.only === null ? await runPipelineBench() : null;

  const report = [
    `Machine: ${machine}; ${end}`,
    "",
    ...lighthouseReport(lighthouse, args),
    ...(outline
      ? [
          `Long article (${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words), outline click, Chromium at 4× CPU slowdown`,
          outlineTable(outline.app, outline.baseline),
          "",
        ]
      : []),
    "Built sizes (what tests/budgets.test.ts checks on the article page)",
    sizesTable(built),
    "",
    ...(pipeline ? [formatPipelineTable(pipeline), ""] : []),
    "Targets (article page)",
    ...lighthouseVerdictLines(lighthouse),
    ...(outline ? [longArticleVerdict(outline.app)] : []),
  ].join("\n");
  console.log(report);

  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        {
          machine: `${machine}; ${end}`,
          lighthouse: Object.fromEntries(
            lighthouse.map(({ mode, pages }) => [mode, Object.fromEntries(pages)]),
          ),
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
  const { url, close } = await serve(built.dir);
  let outline: { app: OutlineFigures; baseline: OutlineFigures };
  try {
    log(
      `long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`,
    );
    outline = await measureOutlineClicks(url, built.long, args.traces);
  } finally {
    await close();
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
