/**
 * Readability-style fixtures: `fixtures/<descriptive-name>/source.txt` (+ optional
 * `meta.json`) and `expected.json`, the reviewed result: `{ "article": … }` or
 * `{ "error": "<name>.txt:<line>: <message>" }`. Shared by the test runner and
 * `npm run fixtures:update`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/article/schema.ts";
import { decodeSeed } from "../../src/pipeline/decode-seed.ts";
import { parseArticle } from "../../src/pipeline/parse-article.ts";
import type { PersonRecognizer } from "../../src/pipeline/people/recognizer.ts";
import { SeedError } from "../../src/pipeline/seed-error.ts";
import { parseSidecar } from "../../src/pipeline/parse-sidecar.ts";
import { createBuildRecognizer } from "./people-recognizer.ts";

export const FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../fixtures",
);

export type FixtureResult = { article: Article } | { error: string };

export interface Fixture {
  name: string;
  dir: string;
  source: Uint8Array;
  meta: string | null;
  /** null when expected.json does not exist yet. */
  expected: FixtureResult | null;
}

export function loadFixtures(dir: string = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "source.txt")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const at = (file: string) => path.join(dir, name, file);
      return {
        name,
        dir: path.join(dir, name),
        source: new Uint8Array(readFileSync(at("source.txt"))),
        meta: existsSync(at("meta.json")) ? readFileSync(at("meta.json"), "utf8") : null,
        expected: existsSync(at("expected.json"))
          ? (JSON.parse(readFileSync(at("expected.json"), "utf8")) as FixtureResult)
          : null,
      };
    });
}

/** Runs the pipeline the way the build does, naming the seed `<fixture name>.txt`. */
export function runFixture(
  fixture: Pick<Fixture, "name" | "source" | "meta">,
  recognizer: PersonRecognizer = createBuildRecognizer(),
): FixtureResult {
  const file = `${fixture.name}.txt`;
  try {
    const text = decodeSeed(fixture.source, file);
    const sidecar =
      fixture.meta === null ? null : parseSidecar(fixture.meta, `${fixture.name}.meta.json`);
    return { article: parseArticle(text, { file, recognizer, sidecar }) };
  } catch (error) {
    if (error instanceof SeedError) return { error: error.message };
    throw error;
  }
}
