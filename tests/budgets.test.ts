/**
 * Budgets, from the built files: what an article page makes the browser
 * download. The page's HTML is read for the scripts, module preloads, stylesheets and
 * font preloads it names; modules are followed through their static imports; fonts are the
 * preloaded files plus any file whose unicode-range covers a character the page shows at
 * that weight (scripts/lib/prerender-budget.ts).
 *
 * It reads dist/. A missing or stale dist/ (older than the sources) is built first, with
 * the build's own steps (vite build, then the prerender), so the figures are never those
 * of an old build and nothing is skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { gzipSize, newestMtime, pageCost, type PageCost } from "../scripts/lib/prerender-budget.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** BUDGET_DIST measures another build folder as it is (the benchmark's, say), without building. */
const DIST = process.env.BUDGET_DIST
  ? path.resolve(process.env.BUDGET_DIST)
  : path.join(ROOT, "dist");

const BUDGET = {
  /**
   * Gzipped JavaScript an article page loads. The pinned libraries take
   * about 93 kB of it (react 19.3 with react-dom's client 68 kB, react-router 7.18 in declarative mode
   * 14 kB, TanStack Query 11 kB; its data router would take 18 kB more, src/app/AppRouter.tsx),
   * which leaves the reader itself about 15 kB: the library and /read are split off.
   */
  JS_KB: 110,
  /** Gzipped CSS an article page loads. */
  CSS_KB: 15,
  /** Font files an article page loads (woff2, compressed already). */
  FONTS_KB: 120,
} as const;

/** What the build reads: newer than dist/index.html means dist/ is stale. */
const SOURCES = [
  "src",
  "public",
  "index.html",
  "vite.config.ts",
  "vite",
  "scripts/prerender.ts",
  "scripts/lib",
  "package-lock.json",
];

const KB = 1000;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function isPrerendered(): boolean {
  const index = path.join(DIST, "index.html");
  return existsSync(index) && readFileSync(index, "utf8").includes('id="app-data"');
}

function buildIfStale(): void {
  if (process.env.BUDGET_DIST) return;
  const index = path.join(DIST, "index.html");
  if (
    isPrerendered() &&
    statSync(index).mtimeMs >= newestMtime(SOURCES.map((p) => path.join(ROOT, p)))
  )
    return;
  // Vitest's variables would make vite.config.ts leave out the build-only plugins.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST",
    ),
  );
  const run = (args: string[]) => execFileSync("npx", args, { cwd: ROOT, env, stdio: "pipe" });
  run(["vite", "build"]);
  run(["tsx", "scripts/prerender.ts"]);
  if (!isPrerendered())
    throw new Error("budgets: the build did not write a prerendered dist/index.html");
}

function articlePages(): string[] {
  return readdirSync(path.join(DIST, "articles"))
    .filter((name) => name.endsWith(".html"))
    .map((name) => `articles/${name}`);
}

describe("budgets of the built article pages", () => {
  let costs: [string, PageCost][] = [];

  beforeAll(() => {
    buildIfStale();
    costs = articlePages().map((page) => [page, pageCost(DIST, page)]);
  }, 300_000);

  it("has article pages to measure", () => {
    expect(costs.length).toBeGreaterThan(0);
  });

  it(`loads at most ${BUDGET.JS_KB} kB of gzipped JavaScript`, () => {
    for (const [page, cost] of costs) {
      const detail = cost.js.map((a) => `${a.url} ${kb(a.gzip)}`).join(", ");
      expect(cost.jsGzip, `${page}: ${kb(cost.jsGzip)} (${detail})`).toBeLessThanOrEqual(
        BUDGET.JS_KB * KB,
      );
    }
  });

  it(`loads at most ${BUDGET.CSS_KB} kB of gzipped CSS`, () => {
    for (const [page, cost] of costs) {
      expect(cost.css.length, `${page} has no stylesheet`).toBeGreaterThan(0);
      expect(cost.cssGzip, `${page}: ${kb(cost.cssGzip)}`).toBeLessThanOrEqual(BUDGET.CSS_KB * KB);
    }
  });

  it(`loads at most ${BUDGET.FONTS_KB} kB of fonts, the preloaded Arabic faces among them`, () => {
    for (const [page, cost] of costs) {
      const detail = cost.fonts.map((a) => `${path.basename(a.url)} ${kb(a.bytes)}`).join(", ");
      expect(
        cost.fonts.some((f) => /arabic-arabic-400/.test(f.url)),
        `${page}: ${detail}`,
      ).toBe(true);
      expect(cost.fontBytes, `${page}: ${kb(cost.fontBytes)} (${detail})`).toBeLessThanOrEqual(
        BUDGET.FONTS_KB * KB,
      );
    }
  });
});

describe("budget of the seed article's page itself", () => {
  /**
   * The page paints from its own bytes, and those arrive in one round trip only if they fit
   * TCP's initial window: 14,600 bytes (ten 1,460-byte segments, as Lighthouse models it).
   * `vite preview` sends 877 bytes of headers and gzips the page to ~25 bytes more than
   * zlib's level 9 here, so the HTML must stay within 13,700 bytes (13,579 when written).
   * Over that costs the round trip: LCP ~875 ms instead of ~700 (README, Performance).
   */
  const SEED_PAGE_GZIP_BYTES = 13_700;

  it(`is at most ${SEED_PAGE_GZIP_BYTES.toLocaleString("en-US")} bytes gzipped, to fit the first round trip`, () => {
    buildIfStale();
    const page = path.join(DIST, "articles", "russia-assad-turkey-ministerial-meeting.html");
    const bytes = gzipSize(readFileSync(page));
    expect(bytes, `${path.basename(page)}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(
      SEED_PAGE_GZIP_BYTES,
    );
  }, 300_000);
});

describe("budget of /read's parse worker", () => {
  /**
   * The pipeline and the tagger's code (the model is a file of its own), gzipped: 47.5 kB
   * when written. Full zod, which the sidecar's file parser uses at build time, once came
   * into the worker through the pipeline and made it 64.7 kB: this catches its return.
   */
  const WORKER_KB = 55;

  it(`is at most ${WORKER_KB} kB gzipped`, () => {
    buildIfStale();
    const assets = path.join(DIST, "assets");
    const workers = readdirSync(assets).filter((name) => /^parse\.worker-[\w-]+\.js$/.test(name));
    expect(workers, "one parse worker in dist/assets").toHaveLength(1);
    const bytes = gzipSize(readFileSync(path.join(assets, workers[0]!)));
    expect(bytes, `${workers[0]}: ${kb(bytes)}`).toBeLessThanOrEqual(WORKER_KB * KB);
  }, 300_000);
});
