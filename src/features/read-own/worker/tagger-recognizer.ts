/**
 * The trained person tagger, for the worker. The model is fetched as its own file (a
 * same-origin asset, about 1.2 MB) rather than bundled into the worker's script: it is
 * cached apart from the code, and the service worker's precache of scripts never pulls it
 * onto pages that do not parse.
 */
import modelUrl from "../../../pipeline/people/tagger/model.json?url";
import { parseModel } from "../../../pipeline/people/tagger/model";
import { createCombinedRecognizer } from "../../../pipeline/people/combined";
import type { PersonRecognizer } from "../../../pipeline/people/recognizer";
import { ModelLoadError } from "./model-load-error";

export async function loadTaggerRecognizer(): Promise<PersonRecognizer> {
  let json: unknown;
  try {
    const response = await fetch(modelUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    json = await response.json();
  } catch (error) {
    throw new ModelLoadError(
      `the person model (${modelUrl}) could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // The build's recognizer (trained tagger + hand-written cues), so /read and the build agree.
  return createCombinedRecognizer(parseModel(json));
}
