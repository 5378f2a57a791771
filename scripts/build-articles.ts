/**
 * seeds/*.txt (+ optional <name>.meta.json) → <out>/<slug>.json + <out>/index.json (every
 * article's entry, for the search) + <out>/pages/<n>.json (the library's pages).
 *
 *   npm run articles                                   # seeds/ → public/articles/
 *   npm run articles -- --seeds <dir> --out <dir> [--verbose]
 *
 * Incremental: a manifest (node_modules/.cache/articles/) keeps, for each seed, the hash of its
 * files, its library entry and the read-also titles it looked up among the app's articles. A
 * seed is parsed again only when its files changed, when one of those titles now resolves to
 * another article, when its output is missing, or when the pipeline's version (the hash of the
 * code the build imports, scripts/lib/build-cache.ts) changed. Seeds stream through
 * parse → JSON → file one at a time, on worker threads when there are many.
 *
 * The output is written to a temporary folder beside the output (unchanged articles are hard
 * links to their current files), then swapped in: on any error the previous output stays as it
 * was, the CLI prints one line `file:line: message` and exits 1. Same seeds → byte-identical files.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article/schema.ts";
import type { PersonRecognizer } from "../src/pipeline/people/recognizer.ts";
import { readTitle } from "../src/pipeline/parse-article.ts";
import { SeedError } from "../src/pipeline/seed-error.ts";
import {
  manifestFileFor,
  readManifest,
  sourceGraphHash,
  writeManifest,
} from "./lib/build-cache.ts";
import {
  parseSeedFile,
  readSeedFiles,
  RecordingIndex,
  SEED_EXT,
  shown,
  type Lookup,
  type ParsedSeed,
} from "./lib/parse-seed.ts";
import { writeAtomically, type WriteOps } from "./lib/atomic-output.ts";
import { libraryFiles } from "./lib/library-files.ts";
import { parseOnWorkers } from "./lib/parse-pool.ts";
import { createBuildRecognizer, PERSON_MODEL_FILE } from "./lib/people-recognizer.ts";
import { longRunBar, type Progress } from "./lib/progress.ts";

export { toJson } from "./lib/parse-seed.ts";

export const DEFAULT_SEEDS_DIR = "seeds";
export const DEFAULT_OUT_DIR = "public/articles";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Below this many seeds to parse, starting workers (each loads tsx and the model) costs more than it saves. */
const WORKER_MIN_SEEDS = 64;

export interface BuildArticlesOptions {
  seedsDir: string;
  outDir: string;
  /** Defaults to the trained tagger with the hand-written cues; a given one parses in this process. */
  recognizer?: PersonRecognizer;
  /** One line per parsed article and a summary; silent when omitted. */
  log?: (line: string) => void;
  /** Counts parsed articles instead of logging each (the CLI's bar on a terminal). */
  progress?: (total: number) => Progress | undefined;
  /** Defaults to the real file system. */
  writeOps?: WriteOps;
  /** Worker threads (0: parse here); defaults to the cores, and none below a few dozen seeds to parse. */
  workers?: number;
  /** Where the manifest lives; defaults to node_modules/.cache/articles/<hash of outDir>.json. */
  manifestFile?: string;
  /** The pipeline's version; defaults to the hash of the code the build imports. */
  pipelineVersion?: string;
}

export interface BuildArticlesResult {
  /** The articles parsed in this process (none when workers parsed them). */
  articles: Article[];
  /** Slugs parsed by this run, in file-name order. */
  built: string[];
  /** How many articles were kept as they were. */
  kept: number;
  /** Slugs whose output was removed (their seed is gone or renamed). */
  removed: string[];
}

/** What the manifest keeps of a seed, by its file name. */
interface CachedSeed {
  hash: string;
  slug: string;
  /** Its title as read-also lines match it (the whole first line, not the library's cut). */
  title: string;
  entry: string;
  date: string | null;
  lookups: Lookup[];
}

interface ScannedSeed {
  name: string;
  file: string;
  slug: string;
  title: string;
  hash: string;
}

/** The pipeline's version: the code build-articles imports, the tagger's model, the locked packages. */
export function pipelineVersion(): string {
  return sourceGraphHash(
    ROOT,
    [fileURLToPath(import.meta.url)],
    [PERSON_MODEL_FILE, path.join(ROOT, "package-lock.json")],
  );
}

/**
 * Every seed's name, slug, title and hash, one seed in memory at a time. A seed whose hash the
 * manifest knows is not decoded again: its slug and title are the manifest's.
 */
async function scanSeeds(
  seedsDir: string,
  previous: ReadonlyMap<string, CachedSeed>,
): Promise<ScannedSeed[]> {
  if (!existsSync(seedsDir)) throw new SeedError(shown(seedsDir), null, "no such seeds folder");
  const names = (await readdir(seedsDir))
    .filter((n) => n.endsWith(SEED_EXT))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seeds: ScannedSeed[] = [];
  for (const name of names) {
    const seed = await readSeedFiles(seedsDir, name);
    const cached = previous.get(name);
    const title =
      cached?.hash === seed.hash && cached.slug === seed.slug
        ? cached.title
        : readTitle(seed.text, seed.file);
    seeds.push({ name, file: seed.file, slug: seed.slug, title, hash: seed.hash });
  }
  const bySlug = new Map<string, string>();
  for (const seed of seeds) {
    const other = bySlug.get(seed.slug);
    if (other !== undefined)
      throw new SeedError(seed.file, null, `duplicate slug "${seed.slug}": ${other} has it too`);
    bySlug.set(seed.slug, seed.file);
  }
  return seeds;
}

/** Whether a seed's previous output still holds: same files, output there, links resolve alike. */
function stillHolds(
  seed: ScannedSeed,
  cached: CachedSeed | undefined,
  known: RecordingIndex,
  outDir: string,
): cached is CachedSeed {
  if (cached?.hash !== seed.hash || cached.slug !== seed.slug) return false;
  if (!existsSync(path.join(outDir, `${seed.slug}.json`))) return false;
  const holds = cached.lookups.every(
    ([key, slug]) => (known.find(key, seed.slug) ?? null) === slug,
  );
  known.take();
  return holds;
}

export async function buildArticles(options: BuildArticlesOptions): Promise<BuildArticlesResult> {
  const started = performance.now();
  const version = options.pipelineVersion ?? pipelineVersion();
  const manifestFile = options.manifestFile ?? manifestFileFor(ROOT, "articles", options.outDir);
  const previous = readManifest<CachedSeed>(manifestFile, version);
  const seeds = await scanSeeds(options.seedsDir, previous);
  const known = new RecordingIndex(seeds.map((s) => ({ slug: s.slug, title: s.title })));
  const next = new Map<string, CachedSeed>();
  const stale: ScannedSeed[] = [];
  for (const seed of seeds) {
    const cached = previous.get(seed.name);
    if (stillHolds(seed, cached, known, options.outDir)) next.set(seed.name, cached);
    else stale.push(seed);
  }
  const live = new Set(seeds.map((s) => s.slug));
  const removed = [...new Set([...previous.values()].map((c) => c.slug))].filter(
    (slug) => !live.has(slug),
  );

  const result: BuildArticlesResult = { articles: [], built: [], kept: 0, removed };
  const bar = options.progress?.(stale.length);
  const workers = options.recognizer
    ? 0
    : (options.workers ?? (stale.length < WORKER_MIN_SEEDS ? 0 : availableParallelism()));
  const staleNames = new Set(stale.map((s) => s.name));
  const titles = new Map(seeds.map((s) => [s.name, s.title]));

  await writeAtomically(
    options.outDir,
    async (filler) => {
      const take = async (parsed: ParsedSeed) => {
        await filler.put(`${parsed.slug}.json`, parsed.json);
        const title = titles.get(parsed.name) ?? "";
        next.set(parsed.name, {
          hash: parsed.hash,
          slug: parsed.slug,
          title,
          entry: parsed.entry,
          date: parsed.date,
          lookups: parsed.lookups,
        });
        result.built.push(parsed.slug);
        if (bar) bar.tick();
        else options.log?.(parsed.line);
      };
      if (workers > 0) {
        await parseOnWorkers(
          stale.map((s) => s.name),
          {
            seedsDir: options.seedsDir,
            known: seeds.map((s) => ({ slug: s.slug, title: s.title })),
            workers,
          },
          take,
        );
      } else {
        const recognizer = options.recognizer ?? createBuildRecognizer();
        for (const seed of stale) {
          const { parsed, article } = await parseSeedFile(
            options.seedsDir,
            seed.name,
            recognizer,
            known,
          );
          result.articles.push(article);
          await take(parsed);
        }
      }
      bar?.done();
      for (const seed of seeds)
        if (!staleNames.has(seed.name)) {
          await filler.keep(`${seed.slug}.json`);
          result.kept++;
        }
      const items = seeds.map((s) => ({
        slug: s.slug,
        file: s.file,
        date: next.get(s.name)?.date ?? null,
        entry: next.get(s.name)?.entry ?? "",
      }));
      for (const [name, contents] of libraryFiles(items)) await filler.put(name, contents);
    },
    options.writeOps,
  );
  writeManifest(manifestFile, version, next);
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `wrote ${seeds.length} article(s) and index.json to ${shown(options.outDir)} in ${ms} ms: ${result.built.length} parsed, ${result.kept} unchanged, ${removed.length} removed`,
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
      throw new Error(
        `usage: npm run articles -- [--seeds <dir>] [--out <dir>] [--verbose] (got "${arg}")`,
      );
    }
    if (flag === "--seeds") out.seedsDir = value;
    else out.outDir = value;
  }
  return out;
}

async function main(): Promise<void> {
  try {
    const argv = process.argv.slice(2);
    const verbose = argv.includes("--verbose");
    const args = parseArgs(argv.filter((a) => a !== "--verbose"));
    // A bar on a terminal for a long run; one line per article otherwise (logs, pipes, tests).
    const progress = verbose ? undefined : (total: number) => longRunBar("articles", total);
    await buildArticles({ ...args, log: (line) => console.log(line), progress });
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
