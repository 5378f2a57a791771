/** The benchmark's report: its tables and its verdicts against the targets. */
import type { PageCost } from "../scripts/lib/prerender-budget.ts";
import type { LighthouseFigures } from "./lighthouse.ts";
import type { OutlineFigures } from "./long-article.ts";
import type { Built } from "./site.ts";

export const BENCH = {
  /** The targets the article and library pages are held to. */
  TARGETS: { lcpRatio: 1.15, cls: 0, tbt: 50, performance: 98, otherScores: 100, longTask: 50 },
} as const;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => Math.round(value).toLocaleString("en-US");

export function lighthouseTable(
  rows: [string, LighthouseFigures][],
  floor: LighthouseFigures,
): string {
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

export function verdicts(
  article: LighthouseFigures,
  floor: LighthouseFigures,
  outline: OutlineFigures,
): string[] {
  const t = BENCH.TARGETS;
  const check = (ok: boolean, text: string) => `${ok ? "met   " : "MISSED"}  ${text}`;
  return [
    check(
      article.lcp / floor.lcp <= t.lcpRatio,
      `LCP ratio to the floor ≤ ${t.lcpRatio}: ${(article.lcp / floor.lcp).toFixed(2)}`,
    ),
    check(article.cls <= t.cls, `CLS ${t.cls}: ${article.cls.toFixed(3)}`),
    check(article.tbt <= t.tbt, `TBT ≤ ${t.tbt} ms: ${ms(article.tbt)} ms`),
    check(
      article.performance >= t.performance,
      `performance ≥ ${t.performance}: ${article.performance}`,
    ),
    check(
      article.accessibility >= t.otherScores &&
        article.bestPractices >= t.otherScores &&
        article.seo >= t.otherScores,
      `accessibility, best practices, SEO ${t.otherScores}: ${article.accessibility}, ${article.bestPractices}, ${article.seo}${article.failing.length ? ` (not passed: ${article.failing.join(", ")})` : ""}`,
    ),
    longArticleVerdict(outline),
  ];
}

export function longArticleVerdict(outline: OutlineFigures): string {
  const t = BENCH.TARGETS.longTask;
  return `${outline.longestTask <= t ? "met   " : "MISSED"}  outline click on the long article without a task over ${t} ms: longest ${ms(outline.longestTask)} ms`;
}
