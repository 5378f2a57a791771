import { afterEach, describe, expect, it, vi } from "vitest";
import model from "../../../pipeline/people/tagger/model.json";
import { loadTaggerRecognizer } from "./tagger-recognizer";
import { ModelLoadError } from "./model-load-error";

afterEach(() => vi.unstubAllGlobals());

describe("loading the person model in the parse worker", () => {
  it("falls back to the service worker's kept copy when the network fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const match = vi.fn(async () => new Response(JSON.stringify(model)));
    vi.stubGlobal("caches", { match });
    const recognizer = await loadTaggerRecognizer();
    expect(match).toHaveBeenCalledTimes(1);
    expect(typeof recognizer.recognize).toBe("function");
  });

  it("says the model could not be loaded when neither the network nor a cache has it", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    vi.stubGlobal("caches", { match: vi.fn(async () => undefined) });
    await expect(loadTaggerRecognizer()).rejects.toBeInstanceOf(ModelLoadError);
  });
});
