/** The hand-written cue recognizer, for the worker: nothing to load. */
import { createCueRecognizer } from "../../../pipeline/people/cues";
import type { PersonRecognizer } from "../../../pipeline/people/recognizer";

export function loadCueRecognizer(): Promise<PersonRecognizer> {
  return Promise.resolve(createCueRecognizer());
}
