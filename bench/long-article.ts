/**
 * The long article: 200 sections and 50,000 words made from the seed's sentences
 * (bench/make-articles.ts), run through the pipeline into a built app, and a plain page of
 * the same text whose outline is native anchor links (the baseline). Both are measured the
 * same way in Chromium with the CPU slowed 4×: from a click on an outline entry (the
 * pointer already resting on it, as a hand's would be) to the scroll's end (the last
 * `scrollend` event of the move), and the longest main-thread task from the press to
 * then, taken from a Chromium trace (every task, not only those over 50 ms).
 *
 * The pages themselves are written by long-article-page.ts.
 *
 *   import { measureOutlineClicks } from "./long-article.ts"   // bench/run.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { LIGHTHOUSE, median } from "./lighthouse.ts";
import { BASELINE_FILE, type LongArticleInfo } from "./long-article-page.ts";

export const LONG = {
  CPU_SLOWDOWN: 4,
  /** Wide enough for the outline's side column (≥ 1024 px). */
  VIEWPORT: { width: 1280, height: 900 },
  /** Outline entries clicked in turn, far apart so that every click scrolls a long way. */
  TARGETS: [150, 20, 190, 75, 120],
  /** After `scrollend`, tasks that the move set off (scroll spy, outline, focus) still count. */
  SETTLE_MS: 300,
  /**
   * A move is over at the scrollend that no scroll follows for this long: a move may be
   * made of more than one scroll (the app's long jumps end with a short smooth scroll, and
   * each scroll ends with its own scrollend), and the figures must cover all of it.
   */
  QUIET_MS: 600,
  TIMEOUT_MS: 30_000,
  /** The pointer rests on the link this long before the press. */
  HOVER_MS: 200,
  /** From press to release: a quick click. */
  PRESS_MS: 80,
} as const;

export interface OutlineFigures {
  /** Median over the clicks, ms. */
  clickToScrollEnd: number;
  /** Longest main-thread task over all clicks, from the click to SETTLE_MS after the scroll's end, ms. */
  longestTask: number;
  /** Tasks over 50 ms, over all clicks. */
  tasksOver50: number;
  clicks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** The renderer main thread that dispatched the click, its click and scrollend times, its tasks. */
function analyseTrace(events: TraceEvent[]): {
  clickToEnd: number;
  longest: number;
  over50: number;
} {
  const dispatch = (type: string) =>
    events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === type);
  const click = dispatch("click");
  const end = events
    .filter(
      (e) =>
        e.name === "EventDispatch" &&
        e.args?.data?.type === "scrollend" &&
        click &&
        e.ts > click.ts,
    )
    .at(-1);
  if (!click || !end)
    throw new Error("long article: the trace has no click or no scrollend after it");
  // The press is part of the click: its task (pointerdown, focus) counts too.
  const press = dispatch("pointerdown") ?? click;
  const windowEnd = end.ts + LONG.SETTLE_MS * 1000;
  const tasks = events.filter(
    (e) =>
      e.name === "RunTask" &&
      e.ph === "X" &&
      e.pid === click.pid &&
      e.tid === click.tid &&
      e.ts + (e.dur ?? 0) >= press.ts &&
      e.ts <= windowEnd,
  );
  const durations = tasks.map((t) => (t.dur ?? 0) / 1000);
  return {
    clickToEnd: (end.ts - click.ts) / 1000,
    longest: Math.max(0, ...durations),
    over50: durations.filter((d) => d > 50).length,
  };
}

async function measurePage(
  browser: Browser,
  url: string,
  ids: readonly string[],
  traceDir: string | null,
  name: string,
): Promise<OutlineFigures> {
  const context = await browser.newContext({ viewport: LONG.VIEWPORT, locale: "ar" });
  const page: Page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "networkidle", timeout: LONG.TIMEOUT_MS });
    // Hydrated (the app) or plain (the baseline): either way the links answer clicks now.
    await page.waitForFunction(() => {
      const root = document.getElementById("root");
      const h1 = document.querySelector("h1");
      return !root || (h1 !== null && Object.keys(h1).some((k) => k.startsWith("__reactFiber")));
    });
    await page.evaluate(() => document.fonts.ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: LONG.CPU_SLOWDOWN });

    const results: ReturnType<typeof analyseTrace>[] = [];
    for (const index of LONG.TARGETS) {
      const id = ids[Math.min(index, ids.length - 1)]!;
      // Found, scrolled to and measured with plain DOM calls in the page's own world:
      // Playwright's locator actions install its injected script, whose event listeners
      // then run inside the click's task and would be counted as page work.
      const selector = `nav a[href="#${id}"]`;
      await page.evaluate(
        (linkSelector) => document.querySelector(linkSelector)?.scrollIntoView({ block: "center" }),
        selector,
      );
      await page.waitForTimeout(200);
      // A plain mouse click on the link's first line box (a wrapped inline link's bounding
      // box has gaps), not locator.click(), which runs its own checks in the page.
      const box = await page.evaluate((linkSelector) => {
        const rect = document.querySelector(linkSelector)?.getClientRects()[0];
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      }, selector);
      if (!box) throw new Error(`long article: outline link #${id} is not visible`);
      const ended = page.evaluate(
        ({ timeout, quiet }) =>
          // No named functions in here: tsx would wrap them in a helper the page lacks.
          new Promise<boolean>((resolve) => {
            let last: ReturnType<typeof setTimeout> | undefined;
            const listening = new AbortController();
            window.addEventListener("scroll", () => clearTimeout(last), {
              signal: listening.signal,
            });
            window.addEventListener(
              "scrollend",
              () => {
                clearTimeout(last);
                last = setTimeout(() => {
                  listening.abort();
                  resolve(true);
                }, quiet);
              },
              { signal: listening.signal },
            );
            setTimeout(() => {
              listening.abort();
              resolve(false);
            }, timeout);
          }),
        { timeout: LONG.TIMEOUT_MS, quiet: LONG.QUIET_MS },
      );
      // The pointer comes to rest on the link before the press, as a hand's does: the
      // hover is not part of the click. The press lasts as long as a quick click.
      await page.mouse.move(box.x, box.y);
      await page.waitForTimeout(LONG.HOVER_MS);
      await browser.startTracing(page, {
        categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
      });
      await page.mouse.click(box.x, box.y, { delay: LONG.PRESS_MS });
      if (!(await ended)) {
        await browser.stopTracing();
        throw new Error(
          `long article: no scroll ended within ${LONG.TIMEOUT_MS} ms of a click on #${id} (${url})`,
        );
      }
      // The quiet wait has already covered SETTLE_MS after the last scrollend. A fast move
      // that stops short of its heading would be no move at all: check where it ended.
      const top = await page.evaluate(
        (target) => document.getElementById(target)?.getBoundingClientRect().top ?? null,
        id,
      );
      if (top === null || top < -1 || top > LONG.VIEWPORT.height * 0.15) {
        await browser.stopTracing();
        throw new Error(
          `long article: after a click on #${id} its heading is at ${top ?? "nowhere"} px, not at the top (${url})`,
        );
      }
      const raw = await browser.stopTracing();
      // Kept for reading in DevTools (Performance → Load profile) when asked for.
      if (traceDir)
        writeFileSync(path.join(traceDir, `${name}-${results.length + 1}-${id}.json`), raw);
      const trace = JSON.parse(raw.toString("utf8")) as { traceEvents: TraceEvent[] };
      results.push(analyseTrace(trace.traceEvents));
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return {
      clickToScrollEnd: median(results.map((r) => r.clickToEnd)),
      longestTask: Math.max(...results.map((r) => r.longest)),
      tasksOver50: results.reduce((sum, r) => sum + r.over50, 0),
      clicks: results.length,
    };
  } finally {
    await context.close();
  }
}

/** The app's article page and the baseline page, measured in one browser, one after the other. */
export async function measureOutlineClicks(
  baseUrl: string,
  info: LongArticleInfo,
  traceDir: string | null = null,
): Promise<{ app: OutlineFigures; baseline: OutlineFigures }> {
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: LIGHTHOUSE.CHROME_PATH,
    args: LIGHTHOUSE.CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")),
  });
  try {
    const app = await measurePage(
      browser,
      `${baseUrl}/articles/${info.slug}`,
      info.ids,
      traceDir,
      "app",
    );
    const baseline = await measurePage(
      browser,
      `${baseUrl}/${BASELINE_FILE}`,
      info.ids,
      traceDir,
      "baseline",
    );
    return { app, baseline };
  } finally {
    await browser.close();
  }
}
