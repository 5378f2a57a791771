/**
 * One seed, from its files to what the build writes for it: the article's JSON, its library
 * entry, and the read-also titles it looked up among the app's articles (with the answer), so
 * that a later build can tell whether those links would now resolve elsewhere.
 *
 * Runs in the build's process for small builds and in scripts/lib/parse-worker.ts otherwise:
 * both call `parseSeedFile`, so both write the same bytes.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../../src/article/schema.ts";
import { decodeSeed } from "../../src/pipeline/decode-seed.ts";
import { libraryEntry } from "../../src/pipeline/library.ts";
import { articleSlug, parseArticle } from "../../src/pipeline/parse-article.ts";
import type { PersonRecognizer } from "../../src/pipeline/people/recognizer.ts";
import { parseSidecar } from "../../src/pipeline/parse-sidecar.ts";
import { KnownArticleIndex } from "../../src/pipeline/read-also.ts";
import type { Sidecar } from "../../src/pipeline/sidecar.ts";
import { sha256 } from "./build-cache.ts";

export const SEED_EXT = ".txt";
export const SIDECAR_EXT = ".meta.json";

/** A read-also title key an article looked up, and the slug it found (null: none). */
export type Lookup = [key: string, slug: string | null];

/** An index that remembers what was asked of it: the article's dependency on other articles. */
export class RecordingIndex extends KnownArticleIndex {
  private lookups = new Map<string, string | null>();

  override find(key: string, self: string): string | undefined {
    const found = super.find(key, self);
    this.lookups.set(key, found ?? null);
    return found;
  }

  /** The lookups since the last call, sorted by key so the manifest is stable. */
  take(): Lookup[] {
    const taken = [...this.lookups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.lookups = new Map();
    return taken;
  }
}

/** "/repo/seeds/a.txt" → "seeds/a.txt" (relative to where the user stands, for error lines). */
export function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export interface SeedFiles {
  file: string;
  text: string;
  sidecar: Sidecar | null;
  slug: string;
  /** Of the file name, the seed's bytes and the sidecar's bytes: what the article is made of. */
  hash: string;
}

export async function readSeedFiles(seedsDir: string, name: string): Promise<SeedFiles> {
  const file = shown(path.join(seedsDir, name));
  const bytes = new Uint8Array(await readFile(path.join(seedsDir, name)));
  const metaPath = path.join(seedsDir, name.slice(0, -SEED_EXT.length) + SIDECAR_EXT);
  const meta = existsSync(metaPath) ? await readFile(metaPath, "utf8") : null;
  const text = decodeSeed(bytes, file);
  const sidecar = meta === null ? null : parseSidecar(meta, shown(metaPath));
  const hash = sha256(name, bytes, meta === null ? "no sidecar" : `sidecar ${meta}`);
  return { file, text, sidecar, slug: articleSlug(name, sidecar), hash };
}

/** Stable JSON with a trailing newline: same value → same bytes. Compact: indenting doubled the size of a long article (8.6 MB → 3.9 MB for 10,000 headings). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export interface ParsedSeed {
  name: string;
  slug: string;
  hash: string;
  /** The article's file contents. */
  json: string;
  /** Its library entry, as JSON (index.json joins them). */
  entry: string;
  /** The sidecar's date, which places it in the library's order. */
  date: string | null;
  lookups: Lookup[];
  /** The build's one line about it. */
  line: string;
}

export async function parseSeedFile(
  seedsDir: string,
  name: string,
  recognizer: PersonRecognizer,
  known: RecordingIndex,
): Promise<{ parsed: ParsedSeed; article: Article }> {
  const seed = await readSeedFiles(seedsDir, name);
  known.take();
  const article = parseArticle(seed.text, {
    file: seed.file,
    recognizer,
    sidecar: seed.sidecar,
    knownArticles: known,
  });
  const warnings = article.diagnostics.filter((d) => d.severity !== "info").length;
  const headed = article.sections.filter((s) => s.heading !== null).length;
  const parsed: ParsedSeed = {
    name,
    slug: article.slug,
    hash: seed.hash,
    json: toJson(article),
    entry: JSON.stringify(libraryEntry(article)),
    date: article.source.date,
    lookups: known.take(),
    line: `${article.slug}: ${headed} sections, ${article.people.length} people, ${warnings} warnings`,
  };
  return { parsed, article };
}
