/**
 * `npm run bench -- --library N`: the build of a library of N generated articles, in a
 * temporary folder (seeds/, public/articles and dist/ are left alone):
 *
 *   1. `vite build` once: the app, the same at any N (its time is printed apart);
 *   2. three builds of the library, each `scripts/build-articles.ts`, `scripts/prerender.ts`
 *      and `scripts/build-search.ts` into a fresh copy of the app's build (as `vite build` empties dist/ every time):
 *      full (no cache), again with nothing changed, and again after one seed changed;
 *   3. each step's wall time and peak resident memory, by GNU time (`/usr/bin/time`), which
 *      counts the step's process with its worker threads and the children it waited for;
 *   4. dist/ per article: the page, its JSON, and the JSON the page embeds for hydration;
 *   5. searches in Chromium on the last build, served as a CDN would (bench/search.ts).
 */
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeArticles, seedMaterial } from "./make-articles.ts";
import { formatSearchTable, measureSearch, type SearchFigures } from "./search.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIME = "/usr/bin/time";

export interface StepFigures {
  seconds: number;
  peakMb: number;
}

export interface LibraryFigures {
  articles: number;
  loadAverage: string;
  appBuild: StepFigures;
  runs: Array<{
    name: string;
    articles: StepFigures;
    prerender: StepFigures;
    search: StepFigures;
  }>;
  perArticle: { htmlKb: number; jsonKb: number; embeddedJsonKb: number };
  search: SearchFigures;
}

/** Runs `node --import tsx <script> …args` under GNU time: its wall seconds and peak RSS. */
function timed(args: readonly string[], cwd = ROOT): StepFigures {
  const out = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  execFileSync(TIME, ["-f", "%e %M", "-o", out, ...args], {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, VITEST: undefined },
  });
  const [seconds, kb] = readFileSync(out, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  rmSync(out, { force: true });
  return { seconds: seconds ?? NaN, peakMb: (kb ?? NaN) / 1024 };
}

const tsx = (script: string, ...args: string[]) => [
  process.execPath,
  "--import",
  "tsx",
  path.join(ROOT, script),
  ...args,
];

export async function runLibraryBench(
  count: number,
  log: (line: string) => void,
): Promise<LibraryFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-library-"));
  const seeds = path.join(dir, "seeds");
  const articles = path.join(dir, "articles");
  const app = path.join(dir, "app");
  const dist = path.join(dir, "dist");
  try {
    mkdirSync(seeds);
    const made = makeArticles(count, 1, seedMaterial());
    for (const a of made) writeFileSync(path.join(seeds, a.file), a.text);
    made.length = 0;
    const loadAverage = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ");
    log(`library ${count}: vite build (the app, once)`);
    const appBuild = timed(
      ["npx", "vite", "build", "--outDir", app, "--emptyOutDir", "--logLevel", "warn"],
      ROOT,
    );
    const build = (name: string) => {
      log(`library ${count}: ${name}`);
      const a = timed(tsx("scripts/build-articles.ts", "--seeds", seeds, "--out", articles));
      rmSync(dist, { recursive: true, force: true });
      cpSync(app, dist, { recursive: true });
      rmSync(path.join(dist, "articles"), { recursive: true, force: true });
      cpSync(articles, path.join(dist, "articles"), { recursive: true });
      const p = timed(tsx("scripts/prerender.ts", "--out", dist));
      const search = timed(tsx("scripts/build-search.ts", "--out", dist));
      return { name, articles: a, prerender: p, search };
    };
    const runs = [build("full build"), build("nothing changed")];
    const middle = `bench-${String(Math.ceil(count / 2)).padStart(5, "0")}.txt`;
    appendFileSync(path.join(seeds, middle), "\nفقرة أضيفت لتغيير مقال واحد.\n");
    runs.push(build("one seed changed"));
    log(`library ${count}: search in Chromium`);
    const search = await measureSearch(dist);
    return { articles: count, loadAverage, appBuild, runs, perArticle: sizes(dist), search };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Average page, JSON and embedded JSON sizes over the built articles. */
function sizes(dist: string): LibraryFigures["perArticle"] {
  const dir = path.join(dist, "articles");
  const pages = readdirSync(dir).filter((n) => n.endsWith(".html"));
  let html = 0;
  let json = 0;
  let embedded = 0;
  for (const name of pages) {
    const page = readFileSync(path.join(dir, name), "utf8");
    html += Buffer.byteLength(page);
    json += statSync(path.join(dir, name.replace(/\.html$/, ".json"))).size;
    for (const m of page.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g))
      embedded += Buffer.byteLength(m[1] ?? "");
  }
  const kb = (bytes: number) => bytes / 1024 / Math.max(1, pages.length);
  return { htmlKb: kb(html), jsonKb: kb(json), embeddedJsonKb: kb(embedded) };
}

export function formatLibraryTable(f: LibraryFigures): string {
  const n = (x: number, digits = 1) => x.toFixed(digits);
  const cell = (text: string, width: number) => text.padStart(width);
  const rows = f.runs.map((r) => {
    const total = r.articles.seconds + r.prerender.seconds + r.search.seconds;
    const peak = Math.max(r.articles.peakMb, r.prerender.peakMb, r.search.peakMb);
    return `| ${r.name.padEnd(16)} | ${[
      cell(`${n(r.articles.seconds)} s`, 8),
      cell(`${n(r.articles.peakMb, 0)} MB`, 8),
      cell(`${n(r.prerender.seconds)} s`, 9),
      cell(`${n(r.prerender.peakMb, 0)} MB`, 8),
      cell(`${n(r.search.seconds)} s`, 6),
      cell(`${n(r.search.peakMb, 0)} MB`, 8),
      cell(`${n(total)} s`, 7),
      cell(`${n(peak, 0)} MB`, 8),
    ].join(" | ")} |`;
  });
  return [
    `Library of ${f.articles.toLocaleString("en-US")} generated articles (load average at start ${f.loadAverage}); \`vite build\` of the app, once: ${n(f.appBuild.seconds)} s, ${n(f.appBuild.peakMb, 0)} MB`,
    "",
    "| build            | articles | peak RSS | prerender | peak RSS | search | peak RSS |   total | peak RSS |",
    "| ---------------- | -------: | -------: | --------: | -------: | -----: | -------: | ------: | -------: |",
    ...rows,
    "",
    `dist/articles per article: page ${n(f.perArticle.htmlKb)} kB (of which the embedded JSON ${n(f.perArticle.embeddedJsonKb)} kB), JSON ${n(f.perArticle.jsonKb)} kB`,
    "",
    formatSearchTable(f.search),
  ].join("\n");
}
