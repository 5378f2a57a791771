/**
 * Decoding: per-token tag scores from the hashed features, then Viterbi over O / B-PERS /
 * I-PERS with the learned transition scores. BIO is enforced in decoding (I-PERS only after
 * B-PERS or I-PERS), so every output is a well-formed set of spans.
 */
import { FeatureExtractor } from "./features.ts";
import type { PersonTag } from "./conll.ts";
import { DocContext } from "./doc.ts";
import { TAGS, TAG_COUNT } from "./model.ts";
import type { Layer, TaggerModel } from "./model.ts";
import { sentenceRanges } from "./tokenize.ts";
import { packWeights } from "./weights.ts";

const O = 0;
const I = 2;

/**
 * Adds up the weights of each token's features: emissions[i * 3 + tag]. Training scores
 * with this; decoding gets the same sums from FeatureExtractor.score without a feature list.
 */
export function scoreTokens(
  data: Uint32Array,
  offsets: Uint32Array,
  n: number,
  weights: Float32Array | Float64Array,
  emissions: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    let so = 0;
    let sb = 0;
    let si = 0;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k++) {
      const base = (data[k] as number) * TAG_COUNT;
      so += weights[base] as number;
      sb += weights[base + 1] as number;
      si += weights[base + 2] as number;
    }
    emissions[i * 3] = so;
    emissions[i * 3 + 1] = sb;
    emissions[i * 3 + 2] = si;
  }
}

function allowed(from: number, to: number): boolean {
  // from −1 is the sentence start; I may only continue a name.
  return !(to === I && (from === -1 || from === O));
}

/** Best tag sequence under BIO constraints; writes tag indices (0 O, 1 B, 2 I) into `out`. */
export function viterbi(
  emissions: Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  out: Uint8Array,
  back: Uint8Array = new Uint8Array(n * TAG_COUNT),
): void {
  if (n === 0) return;
  // Two rows of scores swapped from token to token: no array per token.
  let prev = new Float64Array(TAG_COUNT);
  let cur = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    prev[t] = allowed(-1, t)
      ? (transitions[t] as number) + (emissions[t] as number)
      : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let f = 0; f < TAG_COUNT; f++) {
        if (!allowed(f, t)) continue;
        const s = (prev[f] as number) + (transitions[(f + 1) * TAG_COUNT + t] as number);
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      cur[t] = best + (emissions[i * TAG_COUNT + t] as number);
      back[i * TAG_COUNT + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let tag = 0;
  for (let t = 1; t < TAG_COUNT; t++) if ((prev[t] as number) > (prev[tag] as number)) tag = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = tag;
    if (i > 0) tag = back[i * TAG_COUNT + tag] as number;
  }
}

export class Tagger {
  /**
   * One extractor per layer, built with that layer's weights: each word's own weights are
   * then looked up once per distinct word, not at every occurrence (see
   * FeatureExtractor.score). Layers differ in vocabMin anyway, so sharing an extractor
   * between layers would save nothing.
   */
  private readonly extractors = new Map<Layer, FeatureExtractor>();
  private emissions = new Float64Array(3 * 256);
  private back = new Uint8Array(3 * 256);

  constructor(private readonly model: TaggerModel) {}

  private extractorFor(layer: Layer): FeatureExtractor {
    let extractor = this.extractors.get(layer);
    if (extractor === undefined) {
      const m = this.model;
      extractor = new FeatureExtractor(
        m.lists,
        m.hashBits,
        layer.vocabMin,
        m.gazetteer,
        packWeights(layer.weights),
      );
      this.extractors.set(layer, extractor);
    }
    return extractor;
  }

  /** Tags one sentence, tokens [start, end), with one layer, into out[start .. end). */
  tagRange(
    layer: Layer,
    tokens: readonly string[],
    start: number,
    end: number,
    out: Uint8Array,
    doc?: DocContext,
    margins?: Float32Array,
  ): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.emissions.length < n * 3) {
      this.emissions = new Float64Array(n * 6);
      this.back = new Uint8Array(n * 6);
    }
    this.extractorFor(layer).score(tokens, start, end, this.emissions, doc);
    const bias = layer.nameBias;
    if (bias !== 0) {
      for (let i = 0; i < n; i++) {
        this.emissions[i * 3 + 1] = (this.emissions[i * 3 + 1] as number) + bias;
        this.emissions[i * 3 + 2] = (this.emissions[i * 3 + 2] as number) + bias;
      }
    }
    viterbi(this.emissions, n, layer.transitions, out.subarray(start, end), this.back);
    if (margins !== undefined) {
      // How sure this pass was that the token is in a name: the next pass reads it.
      for (let i = 0; i < n; i++) {
        const e = this.emissions;
        margins[start + i] =
          Math.max(e[i * 3 + 1] as number, e[i * 3 + 2] as number) - (e[i * 3] as number);
      }
    }
  }

  /**
   * Tags a document: every layer over all its sentences, the second layer reading the
   * first's output. Returns tag indices 0 O, 1 B, 2 I.
   *
   * @param window tokens either side that count as the same document; the model's own
   *   window (the one it was trained with) by default, Infinity for one article.
   */
  tagDocument(
    tokens: readonly string[],
    ranges: ReadonlyArray<readonly [number, number]> = sentenceRanges(tokens),
    window = this.model.docWindow,
  ): Uint8Array {
    let tags = new Uint8Array(tokens.length);
    let margins = new Float32Array(tokens.length);
    this.model.layers.forEach((layer, k) => {
      const doc = k === 0 ? undefined : new DocContext(tokens, tags, window, margins);
      const out = new Uint8Array(tokens.length);
      const nextMargins = new Float32Array(tokens.length);
      for (const [s, e] of ranges) this.tagRange(layer, tokens, s, e, out, doc, nextMargins);
      tags = out;
      margins = nextMargins;
    });
    return tags;
  }

  tag(tokens: readonly string[], window?: number): PersonTag[] {
    return Array.from(this.tagDocument(tokens, undefined, window), (t) => TAGS[t] as PersonTag);
  }
}
