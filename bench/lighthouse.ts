/**
 * Lighthouse 12.2.3 on some URLs, several cold runs, medians with min–max: mobile form factor,
 * in either throttling mode. "simulate" (Lighthouse's default) loads the page unthrottled and
 * models 150 ms RTT, 1.6 Mbps and 4× CPU with Lantern; "devtools" applies throttling for real
 * (Chromium's 4× CPU slowdown, 562.5 ms RTT, 1.4 Mbps) and reports what it saw. Each run is
 * the CLI in its own process with its own fresh Chromium profile, so no run warms the next one's
 * cache.
 *
 *   import { runLighthouse } from "./lighthouse.ts"                       // bench/run.ts
 *   npx tsx bench/lighthouse.ts <url> [--runs 5] [--mode simulate|devtools]  // by hand
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const THROTTLING = ["simulate", "devtools"] as const;
export type Throttling = (typeof THROTTLING)[number];

export const LIGHTHOUSE = {
  RUNS: 5,
  CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  /** Root needs --no-sandbox; the rest keep Chromium from calling Google services. */
  CHROME_FLAGS: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  CATEGORIES: ["performance", "accessibility", "best-practices", "seo"],
  /** One run of one page; a loaded machine is slow, not stuck. */
  TIMEOUT_MS: 180_000,
} as const;

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred for the page load (total-byte-weight). */
  bytes: number;
  /** Audits that did not pass in the categories other than performance (ids), union over runs. */
  failing: string[];
}

interface LhAudit {
  score: number | null;
  numericValue?: number;
  scoreDisplayMode?: string;
}
interface LhCategory {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}
interface LhResult {
  categories: Record<string, LhCategory>;
  audits: Record<string, LhAudit>;
  runtimeError?: { code: string; message: string };
}

function lighthouseCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("lighthouse/package.json")), "cli", "index.js");
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function runOnce(url: string, mode: Throttling): Promise<LhResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lh-"));
  const out = path.join(dir, "report.json");
  try {
    await run(
      process.execPath,
      [
        lighthouseCli(),
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        `--only-categories=${LIGHTHOUSE.CATEGORIES.join(",")}`,
        `--chrome-flags=${LIGHTHOUSE.CHROME_FLAGS.join(" ")}`,
        "--form-factor=mobile",
        `--throttling-method=${mode}`,
        "--max-wait-for-load=60000",
      ],
      {
        env: { ...process.env, CHROME_PATH: LIGHTHOUSE.CHROME_PATH },
        timeout: LIGHTHOUSE.TIMEOUT_MS,
        maxBuffer: 64 << 20,
      },
    );
    const result = JSON.parse(readFileSync(out, "utf8")) as LhResult;
    if (result.runtimeError)
      throw new Error(
        `lighthouse ${url}: ${result.runtimeError.code} ${result.runtimeError.message}`,
      );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const score = (result: LhResult, id: string) =>
  Math.round((result.categories[id]?.score ?? 0) * 100);
const numeric = (result: LhResult, id: string) => result.audits[id]?.numericValue ?? Number.NaN;

/** Audits that did not fully pass in the categories other than performance ("seo:meta-description"). */
function failingAudits(result: LhResult): string[] {
  const failing: string[] = [];
  for (const id of ["accessibility", "best-practices", "seo"]) {
    for (const ref of result.categories[id]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push(`${id}:${ref.id}`);
    }
  }
  return failing;
}

/** One cold load of `url`. */
export async function lighthouseOnce(url: string, mode: Throttling): Promise<LighthouseFigures> {
  const r = await runOnce(url, mode);
  return {
    performance: score(r, "performance"),
    accessibility: score(r, "accessibility"),
    bestPractices: score(r, "best-practices"),
    seo: score(r, "seo"),
    fcp: numeric(r, "first-contentful-paint"),
    lcp: numeric(r, "largest-contentful-paint"),
    tbt: numeric(r, "total-blocking-time"),
    cls: numeric(r, "cumulative-layout-shift"),
    bytes: numeric(r, "total-byte-weight"),
    failing: failingAudits(r),
  };
}

type Numeric = Exclude<keyof LighthouseFigures, "failing">;
const NUMERIC: readonly Numeric[] = [
  "performance",
  "accessibility",
  "bestPractices",
  "seo",
  "fcp",
  "lcp",
  "tbt",
  "cls",
  "bytes",
];

/** One page's runs: each figure's median, min and max; failing audits are the union. */
export interface LighthouseSummary {
  median: LighthouseFigures;
  min: Record<Numeric, number>;
  max: Record<Numeric, number>;
  runs: LighthouseFigures[];
}

export function summarise(runs: readonly LighthouseFigures[]): LighthouseSummary {
  const each = (pick: (values: number[]) => number) =>
    Object.fromEntries(NUMERIC.map((key) => [key, pick(runs.map((f) => f[key]))])) as Record<
      Numeric,
      number
    >;
  return {
    median: {
      ...each(median),
      failing: [...new Set(runs.flatMap((f) => f.failing))].sort(),
    },
    min: each((values) => Math.min(...values)),
    max: each((values) => Math.max(...values)),
    runs: [...runs],
  };
}

/**
 * `runs` cold loads of each URL, interleaved (a, b, c, a, b, c, …) so that a busy spell of
 * the machine falls on every page alike rather than on one; a summary per URL.
 */
export async function runLighthouse(
  urls: readonly string[],
  {
    runs = LIGHTHOUSE.RUNS,
    mode = "simulate",
    onRun,
  }: { runs?: number; mode?: Throttling; onRun?: (url: string, run: number) => void } = {},
): Promise<LighthouseSummary[]> {
  const results: LighthouseFigures[][] = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, url] of urls.entries()) {
      onRun?.(url, run);
      results[i]!.push(await lighthouseOnce(url, mode));
    }
  }
  return results.map(summarise);
}

export function parseMode(value: string): Throttling {
  const mode = THROTTLING.find((m) => m === value);
  if (!mode) throw new Error(`bench: throttling is one of ${THROTTLING.join(", ")}, not ${value}`);
  return mode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const url = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!url)
    throw new Error(
      "usage: npx tsx bench/lighthouse.ts <url> [--runs N] [--mode simulate|devtools]",
    );
  const runs = Number(value("--runs") ?? LIGHTHOUSE.RUNS);
  const mode = parseMode(value("--mode") ?? "simulate");
  const [summary] = await runLighthouse([url], { runs, mode });
  console.log({ mode, ...summary!.median, min: summary!.min, max: summary!.max });
}
