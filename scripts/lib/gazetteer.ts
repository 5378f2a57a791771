/**
 * The person tagger's gazetteer file (built by scripts/build-gazetteer.ts), read for
 * training. A trained model carries its own copy, so tagging never reads this file.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Gazetteer } from "../../src/pipeline/people/tagger/features";
import { gazetteerFromLists } from "../../src/pipeline/people/tagger/model";

export const GAZETTEER_FILE = resolve(
  import.meta.dirname,
  "../../src/pipeline/people/tagger/gazetteer.json",
);

export function loadGazetteer(path = GAZETTEER_FILE): Gazetteer {
  const file = JSON.parse(readFileSync(path, "utf8")) as {
    given?: unknown;
    family?: unknown;
    place?: unknown;
  };
  const { given, family, place } = file;
  if (typeof given !== "string" || typeof family !== "string" || typeof place !== "string") {
    throw new Error(`${path}: not a gazetteer file (given, family, place word lists)`);
  }
  return gazetteerFromLists({ given, family, place });
}
