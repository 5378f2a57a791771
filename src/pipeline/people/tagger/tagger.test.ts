/**
 * The fast scoring path (FeatureExtractor.score: each word's weights looked up once and
 * kept with it) must give the very numbers of the plain path the model was trained with
 * (extract, then scoreTokens over the feature buffer): the same float32 weights added in
 * the same order, so not a single tag can move. Checked bit for bit, on the seed article
 * with the shipped model and with arbitrary weights (not rounded to the file's scale, as in
 * training's own first-pass tagging).
 */
import { describe, expect, it } from "vitest";
import seed from "../../../../seeds/000_ba3d84ed962b3426.txt?raw";
import modelText from "./model.json?raw";
import { DocContext } from "./doc.ts";
import { FeatureExtractor } from "./features.ts";
import { TAG_COUNT, parseModel } from "./model.ts";
import type { Layer, TaggerModel } from "./model.ts";
import { Tagger, scoreTokens, viterbi } from "./tagger.ts";
import { sentenceRanges, tokenizeText } from "./tokenize.ts";
import { InstanceSink, seededRandom } from "./train.ts";
import { packWeights } from "./weights.ts";

const model = parseModel(JSON.parse(modelText));
const tokens = seed.split("\n").flatMap((line) => tokenizeText(line).map((t) => t.text));
const ranges = sentenceRanges(tokens);

/** Emissions of every token by both paths, layer by layer (the second with its document features). */
function bothPaths(m: TaggerModel): Array<{ fast: Float64Array; plain: Float64Array }> {
  const out: Array<{ fast: Float64Array; plain: Float64Array }> = [];
  const tags = new Tagger(m).tagDocument(tokens, ranges, Number.POSITIVE_INFINITY);
  const margins = new Float32Array(tokens.length).map((_, i) => ((i * 7919) % 97) - 48);
  m.layers.forEach((layer, k) => {
    const doc =
      k === 0 ? undefined : new DocContext(tokens, tags, Number.POSITIVE_INFINITY, margins);
    const fastExtractor = new FeatureExtractor(
      m.lists,
      m.hashBits,
      layer.vocabMin,
      m.gazetteer,
      packWeights(layer.weights),
    );
    const plainExtractor = new FeatureExtractor(m.lists, m.hashBits, layer.vocabMin, m.gazetteer);
    const fast = new Float64Array(tokens.length * TAG_COUNT);
    const plain = new Float64Array(tokens.length * TAG_COUNT);
    const sink = new InstanceSink();
    for (const [s, e] of ranges) {
      fastExtractor.score(tokens, s, e, fast.subarray(s * TAG_COUNT, e * TAG_COUNT), doc);
      plainExtractor.extract(tokens, s, e, sink, doc);
      const emissions = new Float64Array((e - s) * TAG_COUNT);
      const { data, offsets } = sink.take();
      scoreTokens(data, offsets, e - s, layer.weights, emissions);
      plain.set(emissions, s * TAG_COUNT);
    }
    out.push({ fast, plain });
  });
  return out;
}

/** Float64 arrays equal bit for bit (toEqual would let −0 and 0 pass as one). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

describe("FeatureExtractor.score", () => {
  it("gives the shipped model's emissions bit for bit as extract + scoreTokens do", () => {
    expect(tokens.length).toBeGreaterThan(300);
    for (const { fast, plain } of bothPaths(model)) {
      expect(fast.some((v) => v !== 0)).toBe(true);
      expect(sameBits(fast, plain)).toBe(true);
    }
  });

  it("does so with arbitrary weights too (no rounding to help the sums)", () => {
    const next = seededRandom(42);
    const layers: Layer[] = model.layers.map((layer) => ({
      ...layer,
      // Magnitudes from 1e-6 to 100: float64 sums of these are not exact, so order matters.
      weights: layer.weights.map((w) =>
        w === 0 ? 0 : (next() - 0.5) * 10 ** (next() * 8 - 6) * 2,
      ),
    }));
    for (const { fast, plain } of bothPaths({ ...model, layers }))
      expect(sameBits(fast, plain)).toBe(true);
  });
});

describe("viterbi", () => {
  it("finds the best BIO sequence (brute force over every sequence of up to 6 tokens)", () => {
    const next = seededRandom(7);
    const transitions = Float64Array.from({ length: 4 * TAG_COUNT }, () => next() * 10 - 5);
    for (let n = 1; n <= 6; n++) {
      for (let trial = 0; trial < 20; trial++) {
        const emissions = Float64Array.from({ length: n * TAG_COUNT }, () => next() * 20 - 10);
        const out = new Uint8Array(n);
        viterbi(emissions, n, transitions, out);
        let best = Number.NEGATIVE_INFINITY;
        let bestSeq = "";
        for (let code = 0; code < TAG_COUNT ** n; code++) {
          const seq = Array.from(
            { length: n },
            (_, i) => Math.floor(code / TAG_COUNT ** i) % TAG_COUNT,
          );
          // I only after B or I.
          if (seq.some((t, i) => t === 2 && (i === 0 || seq[i - 1] === 0))) continue;
          let s = 0;
          seq.forEach((t, i) => {
            s +=
              (transitions[
                ((i === 0 ? -1 : (seq[i - 1] as number)) + 1) * TAG_COUNT + t
              ] as number) + (emissions[i * TAG_COUNT + t] as number);
          });
          if (s > best) {
            best = s;
            bestSeq = seq.join("");
          }
        }
        expect(Array.from(out).join("")).toBe(bestSeq);
      }
    }
  });
});
