/**
 * A Chromium trace of the article page's load at 4× CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate), from navigation to idle: the main thread's time by kind of
 * work and every task over 50 ms with what it is (bench/trace-summary.ts). Cold loads, each in
 * a fresh browser context; the build is served gzipped by bench/static-server.ts.
 *
 *   npm run build && npx tsx bench/trace-load.ts [--dir dist] [--page /articles/<slug>]
 *                                              [--runs 3] [--keep <folder for the traces>]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { LIGHTHOUSE, median } from "./lighthouse.ts";
import { startStaticServer } from "./static-server.ts";
import { KINDS, summariseLoad, type LoadSummary, type TraceEvent } from "./trace-summary.ts";

export const TRACE_LOAD = {
  CPU_SLOWDOWN: 4,
  /** A mid-range phone's screen. */
  VIEWPORT: { width: 412, height: 823 },
  /** Idle: no network for 500 ms (networkidle), then this long with the main thread free to show it. */
  IDLE_MS: 3_000,
  TIMEOUT_MS: 60_000,
  CATEGORIES: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "blink.user_timing",
    "loading",
    "v8.execute",
  ],
} as const;

export async function traceLoad(
  url: string,
  { runs = 3, keep = null }: { runs?: number; keep?: string | null } = {},
): Promise<LoadSummary[]> {
  const pathname = new URL(url).pathname;
  if (keep) mkdirSync(keep, { recursive: true });
  const browser = await chromium.launch({
    executablePath: LIGHTHOUSE.CHROME_PATH,
    args: LIGHTHOUSE.CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")),
  });
  const summaries: LoadSummary[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: TRACE_LOAD.VIEWPORT,
        isMobile: true,
        hasTouch: true,
        locale: "ar",
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: TRACE_LOAD.CPU_SLOWDOWN });
      await browser.startTracing(page, { categories: [...TRACE_LOAD.CATEGORIES] });
      await page.goto(url, { waitUntil: "networkidle", timeout: TRACE_LOAD.TIMEOUT_MS });
      await page.waitForTimeout(TRACE_LOAD.IDLE_MS);
      const raw = await browser.stopTracing();
      await context.close();
      if (keep) writeFileSync(path.join(keep, `load-${run + 1}.json`), raw);
      const trace = JSON.parse(raw.toString("utf8")) as { traceEvents: TraceEvent[] };
      summaries.push(summariseLoad(trace.traceEvents, pathname));
    }
  } finally {
    await browser.close();
  }
  return summaries;
}

/** The medians by kind, then every run's tasks over 50 ms. */
export function formatLoad(summaries: readonly LoadSummary[]): string {
  const ms = (v: number) => Math.round(v).toLocaleString("en-US");
  const med = (pick: (s: LoadSummary) => number) => median(summaries.map(pick));
  const lines = [
    `| main thread, navigation to idle, 4× CPU (median of ${summaries.length}) | ms |`,
    "| --- | ---: |",
    ...KINDS.map((kind) => `| ${kind} | ${ms(med((s) => s.byKind[kind]))} |`),
    `| **total** | **${ms(med((s) => s.total))}** |`,
    "",
    `FCP ${ms(med((s) => s.fcp ?? Number.NaN))} ms, last LCP candidate ${ms(med((s) => s.lcp ?? Number.NaN))} ms (medians, from navigation start).`,
    "",
    "| run | task start ms | task ms | what |",
    "| ---: | ---: | ---: | --- |",
  ];
  summaries.forEach((s, i) => {
    for (const task of s.longTasks)
      lines.push(`| ${i + 1} | ${ms(task.start)} | ${ms(task.duration)} | ${task.what} |`);
    if (s.longTasks.length === 0) lines.push(`| ${i + 1} | | | no task over 50 ms |`);
  });
  return lines.join("\n");
}

async function main(argv: readonly string[]): Promise<void> {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const dir = value("--dir") ?? "dist";
  let page = value("--page");
  if (!page) {
    const index = JSON.parse(readFileSync(path.join(dir, "articles", "index.json"), "utf8")) as {
      articles: { slug: string }[];
    };
    page = `/articles/${index.articles[0]!.slug}`;
  }
  const { server, url } = await startStaticServer(dir);
  try {
    const summaries = await traceLoad(`${url}${page}`, {
      runs: Number(value("--runs") ?? 3),
      keep: value("--keep") ?? null,
    });
    console.log(`${page}\n\n${formatLoad(summaries)}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main(process.argv.slice(2));
}
