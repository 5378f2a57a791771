/**
 * A search as a reader makes it, on a built site served as a CDN would (bench/site.ts):
 * Chromium at 4× CPU slowdown opens the library, waits for its script, types a word, and
 * the page's own clock measures from the last keystroke to the first marked snippet on
 * screen. Bytes are what the browser transferred for the search's files (meta, buckets and
 * the shown results' documents). Each query runs in a fresh browser context: nothing
 * fetched by one query helps the next.
 *
 * The words are ones that stand in exactly one article (df 1 in the built index), so a
 * search has to find that article among all of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { LIGHTHOUSE } from "./lighthouse.ts";
import { serve } from "./site.ts";

export const SEARCH_BENCH = {
  CPU_SLOWDOWN: 4,
  QUERIES: 5,
} as const;

export interface SearchFigures {
  queries: Array<{ word: string; ms: number; bytes: number; requests: number }>;
}

/**
 * Up to `count` keys that exactly one article has, each from another bucket, Arabic
 * letters only and at least five long: words a reader could type.
 */
export function rareWords(siteDir: string, count: number): string[] {
  const meta = JSON.parse(readFileSync(path.join(siteDir, "search", "meta.json"), "utf8")) as {
    id: string;
  };
  const dir = path.join(siteDir, "search", meta.id);
  const words: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.startsWith("k"))) {
    const bucket = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<
      string,
      [number, number[], number[]]
    >;
    const word = Object.entries(bucket).find(
      ([key, [df]]) => df === 1 && /^[\u0621-\u064A]{5,}$/u.test(key),
    )?.[0];
    if (word) words.push(word);
    if (words.length === count) break;
  }
  return words;
}

async function searchOnce(browser: Browser, url: string, word: string) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}/`);
    await page.waitForFunction(() => {
      const box = document.querySelector("input[type=search]");
      return box !== null && Object.keys(box).some((key) => key.startsWith("__reactFiber"));
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SEARCH_BENCH.CPU_SLOWDOWN });
    await page.evaluate(() => {
      const clock = { lastKey: 0, shown: 0 };
      (window as unknown as { __search: typeof clock }).__search = clock;
      document.addEventListener("input", () => (clock.lastKey = performance.now()), true);
      new MutationObserver(() => {
        if (clock.shown === 0 && document.querySelector("[data-snippet] mark"))
          clock.shown = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    // Focused once, then typed as a keyboard types: a locator's press would look the box
    // up and focus it again at every key, work in the page that a reader's typing lacks.
    // The wait polls the page's own clock rarely, for the same reason.
    await page.getByRole("searchbox").focus();
    await page.keyboard.type(word);
    await page.waitForFunction(
      () => (window as unknown as { __search: { shown: number } }).__search.shown > 0,
      undefined,
      { polling: 250, timeout: 60_000 },
    );
    return await page.evaluate(() => {
      const clock = (window as unknown as { __search: { lastKey: number; shown: number } })
        .__search;
      const files = (
        performance.getEntriesByType("resource") as PerformanceResourceTiming[]
      ).filter((entry) => new URL(entry.name).pathname.startsWith("/search/"));
      return {
        ms: clock.shown - clock.lastKey,
        bytes: files.reduce((sum, entry) => sum + entry.transferSize, 0),
        requests: files.length,
      };
    });
  } finally {
    await context.close();
  }
}

export async function measureSearch(siteDir: string): Promise<SearchFigures> {
  const words = rareWords(siteDir, SEARCH_BENCH.QUERIES);
  if (words.length === 0)
    throw new Error(`bench: no word stands in only one article of ${siteDir}`);
  const { url, close } = await serve(siteDir);
  const browser = await chromium.launch({
    executablePath: LIGHTHOUSE.CHROME_PATH,
    args: LIGHTHOUSE.CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")),
  });
  try {
    const queries = [];
    for (const word of words) queries.push({ word, ...(await searchOnce(browser, url, word)) });
    return { queries };
  } finally {
    await browser.close();
    await close();
  }
}

export function formatSearchTable(figures: SearchFigures): string {
  const rows = figures.queries.map(
    (q) =>
      `| ${q.word.padEnd(12)} | ${`${q.ms.toFixed(0)} ms`.padStart(21)} | ${`${(q.bytes / 1000).toFixed(1)} kB`.padStart(11)} | ${String(q.requests).padStart(5)} |`,
  );
  const sorted = figures.queries.map((q) => q.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const most = Math.max(...figures.queries.map((q) => q.bytes));
  return [
    `Search at ${SEARCH_BENCH.CPU_SLOWDOWN}× CPU, words that stand in one article only, each in a fresh context:`,
    "",
    "| word         | last key → first hit | transferred | files |",
    "| ------------ | -------------------: | ----------: | ----: |",
    ...rows,
    "",
    `median ${median.toFixed(0)} ms; at most ${(most / 1000).toFixed(1)} kB for one query`,
  ].join("\n");
}
