/**
 * seeds/*.txt (+ optional <name>.meta.json) → <out>/<slug>.json + <out>/index.json (every
 * article's entry, for the search) + <out>/pages/<n>.json (the library's pages).
 *
 *   npm run articles                                   # seeds/ → public/articles/
 *   npm run articles -- --seeds <dir> --out <dir>
 *
 * Everything is built in memory first, written to a temporary folder beside the output,
 * then swapped in: on any error the previous output stays as it was, the CLI prints one
 * line `file:line: message` and exits 1. Same seeds → byte-identical files.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article/schema.ts";
import { decodeSeed } from "../src/pipeline/decode-seed.ts";
import { buildLibrary } from "../src/pipeline/library.ts";
import { libraryPageFiles } from "../src/pipeline/library-pages.ts";
import {
  articleSlug,
  KnownArticleIndex,
  parseArticle,
  readTitle,
} from "../src/pipeline/parse-article.ts";
import type { PersonRecognizer } from "../src/pipeline/people/recognizer.ts";
import { SeedError } from "../src/pipeline/seed-error.ts";
import { parseSidecar } from "../src/pipeline/parse-sidecar.ts";
import type { Sidecar } from "../src/pipeline/sidecar.ts";
import { createBuildRecognizer } from "./lib/people-recognizer.ts";

export const DEFAULT_SEEDS_DIR = "seeds";
export const DEFAULT_OUT_DIR = "public/articles";
const SEED_EXT = ".txt";
const SIDECAR_EXT = ".meta.json";

/**
 * The two file operations the output is written with. A parameter, so that a test can make
 * one fail part-way (the disk filling up, a rename refused) without mocking the file system.
 */
export interface WriteOps {
  writeFile(file: string, contents: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const FS_WRITE_OPS: WriteOps = {
  writeFile: (file, contents) => writeFile(file, contents, "utf8"),
  rename: (from, to) => rename(from, to),
};

export interface BuildArticlesOptions {
  seedsDir: string;
  outDir: string;
  /** Defaults to the trained tagger with the hand-written cues (scripts/lib/people-recognizer.ts). */
  recognizer?: PersonRecognizer;
  /** One line per article and a summary; silent when omitted. */
  log?: (line: string) => void;
  /** Defaults to the real file system. */
  writeOps?: WriteOps;
}

export interface BuildArticlesResult {
  articles: Article[];
  /** File name in the output folder → its exact contents. */
  files: Map<string, string>;
}

interface Seed {
  file: string;
  text: string;
  sidecar: Sidecar | null;
  slug: string;
}

/** "/repo/seeds/a.txt" → "seeds/a.txt" (relative to where the user stands, for error lines). */
function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Stable JSON with a trailing newline: same value → same bytes. Compact: indenting doubled the size of a long article (8.6 MB → 3.9 MB for 10,000 headings). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

async function readSeeds(seedsDir: string): Promise<Seed[]> {
  if (!existsSync(seedsDir)) throw new SeedError(shown(seedsDir), null, "no such seeds folder");
  const names = (await readdir(seedsDir))
    .filter((n) => n.endsWith(SEED_EXT))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seeds: Seed[] = [];
  for (const name of names) {
    const file = shown(path.join(seedsDir, name));
    const text = decodeSeed(new Uint8Array(await readFile(path.join(seedsDir, name))), file);
    const metaPath = path.join(seedsDir, name.slice(0, -SEED_EXT.length) + SIDECAR_EXT);
    const sidecar = existsSync(metaPath)
      ? parseSidecar(await readFile(metaPath, "utf8"), shown(metaPath))
      : null;
    seeds.push({ file, text, sidecar, slug: articleSlug(name, sidecar) });
  }
  return seeds;
}

/** Builds every article in memory; throws a SeedError on the first unusable seed. */
export async function buildInMemory(
  options: Omit<BuildArticlesOptions, "outDir">,
): Promise<BuildArticlesResult> {
  const seeds = await readSeeds(options.seedsDir);
  const bySlug = new Map<string, string>();
  for (const seed of seeds) {
    const other = bySlug.get(seed.slug);
    if (other !== undefined)
      throw new SeedError(seed.file, null, `duplicate slug "${seed.slug}": ${other} has it too`);
    bySlug.set(seed.slug, seed.file);
  }
  const known = new KnownArticleIndex(
    seeds.map((s) => ({ slug: s.slug, title: readTitle(s.text, s.file) })),
  );
  const recognizer = options.recognizer ?? createBuildRecognizer();
  const articles: Article[] = [];
  const files = new Map<string, string>();
  for (const seed of seeds) {
    const article = parseArticle(seed.text, {
      file: seed.file,
      recognizer,
      sidecar: seed.sidecar,
      knownArticles: known,
    });
    articles.push(article);
    files.set(`${article.slug}.json`, toJson(article));
    const warnings = article.diagnostics.filter((d) => d.severity !== "info").length;
    const headed = article.sections.filter((s) => s.heading !== null).length;
    options.log?.(
      `${article.slug}: ${headed} sections, ${article.people.length} people, ${warnings} warnings`,
    );
  }
  const library = buildLibrary(articles);
  files.set("index.json", toJson(library));
  for (const [name, page] of libraryPageFiles(library)) files.set(name, toJson(page));
  return { articles, files };
}

/** "<out>.tmp-<pid>-<time>" / "<out>.old-<pid>-<time>": the folders a build leaves only if it is killed. */
const SIDE_FOLDER = /^(?<base>.+)\.(?<kind>tmp|old)-(?<pid>\d+)-\d+$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours to signal.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Clears what a killed build left beside `target`: its temporary folder, and a previous
 * output it had moved aside. When it died between the two renames (no output at all),
 * that previous output is put back. Folders of a build still running are left alone.
 */
async function recoverSideFolders(target: string): Promise<void> {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const base = path.basename(target);
  const leftovers = (await readdir(parent))
    .map((name) => ({ name, m: SIDE_FOLDER.exec(name)?.groups }))
    .filter(({ m }) => m?.base === base && !isRunning(Number(m.pid)))
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  for (const { name, m } of leftovers) {
    const folder = path.join(parent, name);
    if (m?.kind === "old" && !existsSync(target)) await rename(folder, target);
    else await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Writes the files to a fresh folder beside `outDir`, then swaps it in. If anything fails,
 * `outDir` is as it was (byte for byte) and the temporary folder is gone.
 */
export async function writeAtomically(
  outDir: string,
  files: ReadonlyMap<string, string>,
  ops: WriteOps = FS_WRITE_OPS,
): Promise<void> {
  const target = path.resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  await mkdir(path.dirname(target), { recursive: true });
  await recoverSideFolders(target);
  try {
    await mkdir(temp);
    for (const [name, contents] of files) {
      // Some files sit in a folder of their own (pages/<n>.json).
      if (name.includes("/")) await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
      await ops.writeFile(path.join(temp, name), contents);
    }
    const hadOutput = existsSync(target);
    if (hadOutput) await ops.rename(target, old);
    try {
      await ops.rename(temp, target);
    } catch (error) {
      if (hadOutput) await rename(old, target);
      throw error;
    }
    if (hadOutput) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

export async function buildArticles(options: BuildArticlesOptions): Promise<BuildArticlesResult> {
  const started = performance.now();
  const result = await buildInMemory(options);
  await writeAtomically(options.outDir, result.files, options.writeOps);
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `wrote ${result.articles.length} article(s) and index.json to ${shown(options.outDir)} in ${ms} ms`,
  );
  return result;
}

/** ["--seeds", "x", "--out=y"] → { seedsDir: "x", outDir: "y" } */
export function parseArgs(argv: readonly string[]): { seedsDir: string; outDir: string } {
  const out = { seedsDir: DEFAULT_SEEDS_DIR, outDir: DEFAULT_OUT_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = inline ?? argv[++i];
    if ((flag !== "--seeds" && flag !== "--out") || value === undefined || value === "") {
      throw new Error(`usage: npm run articles -- [--seeds <dir>] [--out <dir>] (got "${arg}")`);
    }
    if (flag === "--seeds") out.seedsDir = value;
    else out.outDir = value;
  }
  return out;
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    await buildArticles({ ...args, log: (line) => console.log(line) });
  } catch (error) {
    console.error(
      error instanceof SeedError
        ? error.message
        : `build-articles: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
