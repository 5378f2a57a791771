/** The benchmark's report: its tables and its verdicts against the targets. */
import type { PageCost } from "../scripts/lib/prerender-budget.ts";
import type { LighthouseSummary, Throttling } from "./lighthouse.ts";
import type { OutlineFigures } from "./long-article.ts";
import type { Built } from "./site.ts";

export const BENCH = {
  /** The targets the article and library pages are held to. */
  TARGETS: {
    /** Lantern's model has more slack than a real throttled load. */
    lcpRatio: { simulate: 1.15, devtools: 1.1 } satisfies Record<Throttling, number>,
    cls: 0,
    tbt: 50,
    performance: 98,
    otherScores: 100,
    longTask: 50,
  },
} as const;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => Math.round(value).toLocaleString("en-US");

/** "709 (690–905)": the median, then the range over the runs. */
const spread = (median: number, min: number, max: number, format: (v: number) => string) =>
  min === max ? format(median) : `${format(median)} (${format(min)}–${format(max)})`;

/** The app's LCP over the floor's, run by run (runs are interleaved, so run i met the same machine). */
export function lcpRatios(page: LighthouseSummary, floor: LighthouseSummary): number[] {
  return page.runs.map((run, i) => run.lcp / (floor.runs[i]?.lcp ?? Number.NaN));
}

export function lighthouseTable(
  rows: [string, LighthouseSummary][],
  floor: LighthouseSummary,
): string {
  const lines = [
    "| page | perf | a11y | best pr. | SEO | FCP ms | LCP ms | LCP / floor | TBT ms | CLS | kB transferred |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const score = (v: number) => String(Math.round(v));
  for (const [name, summary] of rows) {
    const { median: f, min, max } = summary;
    const ratios = lcpRatios(summary, floor);
    lines.push(
      `| ${name} | ${spread(f.performance, min.performance, max.performance, score)} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${ms(f.fcp)} | ${spread(f.lcp, min.lcp, max.lcp, ms)} | ${spread(f.lcp / floor.median.lcp, Math.min(...ratios), Math.max(...ratios), (v) => v.toFixed(2))} | ${spread(f.tbt, min.tbt, max.tbt, ms)} | ${spread(f.cls, min.cls, max.cls, (v) => v.toFixed(3))} | ${kB(f.bytes)} |`,
    );
  }
  return lines.join("\n");
}

export function outlineTable(app: OutlineFigures, baseline: OutlineFigures): string {
  return [
    `| page | click → scroll end ms (median of ${app.clicks}) | longest task ms | tasks > 50 ms |`,
    "| --- | ---: | ---: | ---: |",
    `| app | ${ms(app.clickToScrollEnd)} | ${ms(app.longestTask)} | ${app.tasksOver50} |`,
    `| baseline (native anchors) | ${ms(baseline.clickToScrollEnd)} | ${ms(baseline.longestTask)} | ${baseline.tasksOver50} |`,
    `| ratio app / baseline | ${(app.clickToScrollEnd / baseline.clickToScrollEnd).toFixed(2)} | ${(app.longestTask / Math.max(1, baseline.longestTask)).toFixed(2)} | |`,
  ].join("\n");
}

export function sizesTable(built: Built): string {
  const row = (name: string, c: PageCost) =>
    `| ${name} | ${kB(c.jsGzip)} (${c.js.length} files) | ${kB(c.cssGzip)} | ${kB(c.fontBytes)} (${c.fonts.length} files) |`;
  return [
    "| page | JS kB gzip | CSS kB gzip | fonts kB |",
    "| --- | ---: | ---: | ---: |",
    row("article", built.articleCost),
    row("library", built.libraryCost),
  ].join("\n");
}

/** The article page against the targets in one throttling mode. */
export function lighthouseVerdicts(
  mode: Throttling,
  summary: LighthouseSummary,
  floor: LighthouseSummary,
): string[] {
  const t = BENCH.TARGETS;
  const article = summary.median;
  const ratio = article.lcp / floor.median.lcp;
  return [
    check(
      ratio <= t.lcpRatio[mode],
      `${mode}: LCP ratio to the floor ≤ ${t.lcpRatio[mode]}: ${ratio.toFixed(2)}`,
    ),
    check(article.cls <= t.cls, `${mode}: CLS ${t.cls}: ${article.cls.toFixed(3)}`),
    check(article.tbt <= t.tbt, `${mode}: TBT ≤ ${t.tbt} ms: ${ms(article.tbt)} ms`),
    check(
      article.performance >= t.performance,
      `${mode}: performance ≥ ${t.performance}: ${article.performance}`,
    ),
    check(
      article.accessibility >= t.otherScores &&
        article.bestPractices >= t.otherScores &&
        article.seo >= t.otherScores,
      `${mode}: accessibility, best practices, SEO ${t.otherScores}: ${article.accessibility}, ${article.bestPractices}, ${article.seo}${article.failing.length ? ` (not passed: ${article.failing.join(", ")})` : ""}`,
    ),
  ];
}

const check = (ok: boolean, text: string) => `${ok ? "met   " : "MISSED"}  ${text}`;

export function longArticleVerdict(outline: OutlineFigures): string {
  const t = BENCH.TARGETS.longTask;
  return check(
    outline.longestTask <= t,
    `outline click on the long article without a task over ${t} ms: longest ${ms(outline.longestTask)} ms`,
  );
}
