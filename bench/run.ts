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
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article/schema.ts";
import { escapeHtml } from "../scripts/lib/prerender-html.ts";
import { pageCost, type PageCost } from "../scripts/lib/prerender-budget.ts";
import { prerender } from "../scripts/prerender.ts";
import { LIGHTHOUSE, runLighthouse, type LighthouseFigures } from "./lighthouse.ts";
import { addLongArticle, measureOutlineClicks, writeBaselineCss, type OutlineFigures } from "./long-article.ts";
import { formatPipelineTable, runPipelineBench } from "./pipeline.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const BENCH = {
  OUT_DIR: path.join(ROOT, "node_modules", ".cache", "bench", "dist"),
  FLOOR_DIR: "bench-floor",
  /** The targets the article and library pages are held to. */
  TARGETS: { lcpRatio: 1.15, cls: 0, tbt: 50, performance: 98, otherScores: 100, longTask: 50 },
} as const;

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
  };
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The environment without Vitest's variables (they make vite.config.ts drop build plugins). */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV"));
}

/** The seed article's text as bare HTML: no CSS, no font, no script. The floor. */
export function floorPage(article: Article): string {
  const body = article.sections
    .map((s) => {
      const heading = s.heading === null ? "" : `<h2>${escapeHtml(s.heading)}</h2>`;
      return heading + s.blocks.map((b) => `<p>${escapeHtml(b.type === "paragraph" ? b.text : b.label + b.title)}</p>`).join("");
    })
    .join("\n");
  return `<!doctype html>
<html lang="ar" dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(article.title)}">
<title>${escapeHtml(article.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(article.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

interface Built {
  dir: string;
  articleSlug: string;
  long: ReturnType<typeof addLongArticle>;
  articleCost: PageCost;
  libraryCost: PageCost;
}

async function build(): Promise<Built> {
  const dir = BENCH.OUT_DIR;
  rmSync(dir, { recursive: true, force: true });
  log(`building into ${path.relative(ROOT, dir)}`);
  execFileSync("npx", ["vite", "build", "--outDir", dir, "--emptyOutDir", "--logLevel", "warn"], { cwd: ROOT, env: buildEnv(), stdio: ["ignore", "ignore", "inherit"] });
  const long = addLongArticle(dir);
  writeBaselineCss(dir);
  await prerender({ outDir: dir, extraArticles: [long.slug] });

  const index = JSON.parse(readFileSync(path.join(dir, "articles", "index.json"), "utf8")) as { articles: { slug: string }[] };
  const articleSlug = index.articles[0]?.slug;
  if (!articleSlug) throw new Error("bench: the build has no article");
  const article = JSON.parse(readFileSync(path.join(dir, "articles", `${articleSlug}.json`), "utf8")) as Article;
  mkdirSync(path.join(dir, BENCH.FLOOR_DIR), { recursive: true });
  writeFileSync(path.join(dir, BENCH.FLOOR_DIR, `${articleSlug}.html`), floorPage(article));
  return {
    dir,
    articleSlug,
    long,
    articleCost: pageCost(dir, `articles/${articleSlug}.html`),
    libraryCost: pageCost(dir, "index.html"),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function serve(dir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const vite = path.join(ROOT, "node_modules", "vite", "bin", "vite.js");
  const server = spawn(process.execPath, [vite, "preview", "--outDir", dir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"], {
    cwd: ROOT,
    env: buildEnv(),
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`bench: vite preview did not answer on ${url}`);
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => Math.round(value).toLocaleString("en-US");

function lighthouseTable(rows: [string, LighthouseFigures][], floor: LighthouseFigures): string {
  const lines = [
    "| page | perf | a11y | best pr. | SEO | FCP ms | LCP ms | LCP / floor | TBT ms | CLS | kB transferred |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [name, f] of rows) {
    lines.push(
      `| ${name} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${ms(f.fcp)} | ${ms(f.lcp)} | ${(f.lcp / floor.lcp).toFixed(2)} | ${ms(f.tbt)} | ${f.cls.toFixed(3)} | ${kB(f.bytes)} |`,
    );
  }
  return lines.join("\n");
}

function outlineTable(app: OutlineFigures, baseline: OutlineFigures): string {
  return [
    `| page | click → scroll end ms (median of ${app.clicks}) | longest task ms | tasks > 50 ms |`,
    "| --- | ---: | ---: | ---: |",
    `| app | ${ms(app.clickToScrollEnd)} | ${ms(app.longestTask)} | ${app.tasksOver50} |`,
    `| baseline (native anchors) | ${ms(baseline.clickToScrollEnd)} | ${ms(baseline.longestTask)} | ${baseline.tasksOver50} |`,
    `| ratio app / baseline | ${(app.clickToScrollEnd / baseline.clickToScrollEnd).toFixed(2)} | ${(app.longestTask / Math.max(1, baseline.longestTask)).toFixed(2)} | |`,
  ].join("\n");
}

function sizesTable(built: Built): string {
  const row = (name: string, c: PageCost) =>
    `| ${name} | ${kB(c.jsGzip)} (${c.js.length} files) | ${kB(c.cssGzip)} | ${kB(c.fontBytes)} (${c.fonts.length} files) |`;
  return [
    "| page | JS kB gzip | CSS kB gzip | fonts kB |",
    "| --- | ---: | ---: | ---: |",
    row("article", built.articleCost),
    row("library", built.libraryCost),
  ].join("\n");
}

function verdicts(article: LighthouseFigures, floor: LighthouseFigures, outline: OutlineFigures): string[] {
  const t = BENCH.TARGETS;
  const check = (ok: boolean, text: string) => `${ok ? "met   " : "MISSED"}  ${text}`;
  return [
    check(article.lcp / floor.lcp <= t.lcpRatio, `LCP ratio to the floor ≤ ${t.lcpRatio}: ${(article.lcp / floor.lcp).toFixed(2)}`),
    check(article.cls <= t.cls, `CLS ${t.cls}: ${article.cls.toFixed(3)}`),
    check(article.tbt <= t.tbt, `TBT ≤ ${t.tbt} ms: ${ms(article.tbt)} ms`),
    check(article.performance >= t.performance, `performance ≥ ${t.performance}: ${article.performance}`),
    check(
      article.accessibility >= t.otherScores && article.bestPractices >= t.otherScores && article.seo >= t.otherScores,
      `accessibility, best practices, SEO ${t.otherScores}: ${article.accessibility}, ${article.bestPractices}, ${article.seo}${article.failing.length ? ` (not passed: ${article.failing.join(", ")})` : ""}`,
    ),
    longArticleVerdict(outline),
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`;
  log(machine);

  const built = await build();
  if (args.only === "long-article") {
    await longArticleOnly(built, machine, args);
    return;
  }
  const { url, server } = await serve(built.dir);
  let lighthouse: LighthouseFigures[];
  let outline: { app: OutlineFigures; baseline: OutlineFigures };
  try {
    const pages = [`${url}/articles/${built.articleSlug}`, `${url}/`, `${url}/${BENCH.FLOOR_DIR}/${built.articleSlug}.html`];
    lighthouse = await runLighthouse(pages, {
      runs: args.runs,
      onRun: (page, run) => log(`lighthouse ${run + 1}/${args.runs} ${page.slice(url.length)}`),
    });
    log(`long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`);
    outline = await measureOutlineClicks(url, built.long, args.traces);
  } finally {
    server.kill();
  }
  const [article, library, floor] = lighthouse as [LighthouseFigures, LighthouseFigures, LighthouseFigures];

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
      JSON.stringify({ machine, lighthouse: { article, library, floor }, outline, sizes: { article: built.articleCost, library: built.libraryCost }, pipeline }, null, 2),
    );
  }
}

function longArticleVerdict(outline: OutlineFigures): string {
  const t = BENCH.TARGETS.longTask;
  return `${outline.longestTask <= t ? "met   " : "MISSED"}  outline click on the long article without a task over ${t} ms: longest ${ms(outline.longestTask)} ms`;
}

/** `--only long-article`: the outline clicks alone, app and baseline, same table and verdict. */
async function longArticleOnly(built: Built, machine: string, args: Args): Promise<void> {
  const { url, server } = await serve(built.dir);
  let outline: { app: OutlineFigures; baseline: OutlineFigures };
  try {
    log(`long article: ${built.long.sections} sections, ${built.long.words.toLocaleString("en-US")} words, outline clicks at ${4}× CPU`);
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
