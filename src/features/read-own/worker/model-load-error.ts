/** A recognizer's model could not be fetched: the page offers a retry rather than a bug report. */
export class ModelLoadError extends Error {
  override name = "ModelLoadError";
}
