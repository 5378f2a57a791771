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

/**
 * The model from the network, or, when the network fails, from the copy the service worker
 * keeps (vite/offline-pwa.ts). The service worker serves that copy itself to a worker it
 * controls; looking in the caches here too keeps /read parsing offline when it does not
 * (under load, a worker started on an offline reload was seen fetching past it).
 */
async function fetchModel(): Promise<Response> {
  try {
    return await fetch(modelUrl);
  } catch (error) {
    const kept = typeof caches === "undefined" ? undefined : await caches.match(modelUrl);
    if (kept) return kept;
    throw error;
  }
}

export async function loadTaggerRecognizer(): Promise<PersonRecognizer> {
  let json: unknown;
  try {
    const response = await fetchModel();
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
