/**
 * The person recognizer of the build (build-articles, the Vite plugin, fixtures): the
 * trained tagger with the hand-written cues (src/pipeline/people/combined.ts), its model
 * read from the committed file — the same file /read's worker fetches, so both agree.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createCombinedRecognizer } from "../../src/pipeline/people/combined.ts";
import type { PersonRecognizer } from "../../src/pipeline/people/recognizer.ts";
import { parseModel } from "../../src/pipeline/people/tagger/model.ts";
import type { TaggerModel } from "../../src/pipeline/people/tagger/model.ts";

export const PERSON_MODEL_FILE = resolve(
  import.meta.dirname,
  "../../src/pipeline/people/tagger/model.json",
);

let cached: TaggerModel | undefined;

/** The committed model, parsed once per process (about 0.1 s). */
export function loadPersonModel(): TaggerModel {
  cached ??= parseModel(JSON.parse(readFileSync(PERSON_MODEL_FILE, "utf8")));
  return cached;
}

export function createBuildRecognizer(): PersonRecognizer {
  return createCombinedRecognizer(loadPersonModel());
}
