/**
 * Training: a structured averaged perceptron (Collins 2002) with Viterbi decoding.
 *
 * Deterministic: the only randomness is the order of sentences in each epoch, drawn from a
 * seeded generator, and all arithmetic is in a fixed order, so the same data and seed give
 * the same model bytes.
 *
 * Name lists are learned from the training data, but a list feature computed on the very
 * sentences the list came from would claim that every name is a known name, and the model
 * would lean on it; on new text most names are in no list. So the list features of each
 * training sentence come from the other folds only ("jackknife"), which teaches the model
 * how far a list can be trusted. The shipped model carries lists built from all the data.
 */
import type { PersonTag } from "./conll.ts";
import { FeatureExtractor } from "./features.ts";
import type { FeatureSink, Gazetteer, NameLists } from "./features.ts";
import { featureFold, stripEdgePunct } from "./arabic.ts";
import { DocContext } from "./doc.ts";
import { TAG_COUNT } from "./model.ts";
import type { Layer, TaggerModel } from "./model.ts";
import { Tagger, scoreTokens, viterbi } from "./tagger.ts";

export interface Sentence {
  tokens: string[];
  tags: PersonTag[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  hashBits: number;
  /** Folds for the jackknifed name-list features (1 = no jackknife). */
  folds: number;
  /** Averaged weights whose |value| stays under this in every tag are dropped (0 keeps all). */
  prune: number;
  /**
   * Folds for the second pass's training data: the first pass's output on each fold comes
   * from a first pass trained without it, as it will be on new text. 0 = one pass only.
   */
  stackFolds: number;
  /** Tokens either side that count as one document (ANERcorp has no document breaks). */
  docWindow: number;
  /** See NameLists.vocabMin. */
  vocabMin: number;
  /** The same for the second pass. */
  vocabMin2: number;
  /** Perceptron runs per layer (shuffle seeds seed, seed + 1 …) whose weights are averaged. */
  restarts: number;
  /** Loss-augmented training: the margin a right tag must win by (0 = plain perceptron). */
  margin: number;
  /** How much more a missed name token costs than a false one, in margin units. */
  missCost: number;
  /** Word lists from outside the training data (features.ts); carried in the model. */
  gazetteer?: Gazetteer;
  /** Written into every layer of the result as its decoding bias (see Layer.nameBias). */
  nameBias: number;
  /** Called after each epoch of the last layer with the model so far (development curves). */
  onEpoch?: (epoch: number, model: () => TaggerModel, mistakes: number) => void;
  /** Progress messages (which layer is being trained). */
  log?: (message: string) => void;
  meta?: Record<string, unknown>;
}

/** Settings chosen by 5-fold cross-validation on train.txt (see docs/people-tagger.md). */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 8,
  seed: 20240607,
  hashBits: 20,
  folds: 10,
  prune: 0.5,
  stackFolds: 4,
  docWindow: 300,
  vocabMin: 0,
  vocabMin2: 2,
  restarts: 3,
  margin: 0,
  missCost: 1,
  // Recall is what unseen text lacks.
  nameBias: 12,
};

const TAG_INDEX: Record<PersonTag, number> = { O: 0, "B-PERS": 1, "I-PERS": 2 };

/** The key a word is counted under in the name lists (the same folding the features use). */
export function listKey(token: string): string {
  const f = featureFold(token);
  return stripEdgePunct(f) || f;
}

export function buildNameLists(sentences: readonly Sentence[], vocabMin: number): NameLists {
  const first = new Map<string, number>();
  const rest = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((tok, i) => {
      const key = listKey(tok);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const tag = s.tags[i];
      const prev = i > 0 ? s.tags[i - 1] : "O";
      if (tag === "B-PERS" || (tag === "I-PERS" && prev === "O"))
        first.set(key, (first.get(key) ?? 0) + 1);
      else if (tag === "I-PERS") rest.set(key, (rest.get(key) ?? 0) + 1);
    });
  }
  return { first, rest, seen, vocabMin };
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every run and engine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

interface Instance {
  data: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

/** Collects one sentence's features into exact-size arrays (training, and the tests of the fast path). */
export class InstanceSink implements FeatureSink {
  private data: number[] = [];
  private offsets: number[] = [0];

  begin(): void {
    this.data = [];
    this.offsets = [0];
  }

  pushRange(buckets: Uint32Array, from: number, to: number): void {
    for (let k = from; k < to; k++) this.data.push(buckets[k] as number);
  }

  end(): void {
    this.offsets.push(this.data.length);
  }

  take(): { data: Uint32Array; offsets: Uint32Array } {
    return { data: Uint32Array.from(this.data), offsets: Uint32Array.from(this.offsets) };
  }
}

/** Sentences laid end to end, so that document features can look across them. */
interface Corpus {
  tokens: string[];
  ranges: Array<[number, number]>;
  tags: PersonTag[];
}

function toCorpus(sentences: readonly Sentence[]): Corpus {
  const tokens: string[] = [];
  const tags: PersonTag[] = [];
  const ranges: Array<[number, number]> = [];
  for (const s of sentences) {
    if (s.tokens.length === 0) continue;
    ranges.push([tokens.length, tokens.length + s.tokens.length]);
    tokens.push(...s.tokens);
    tags.push(...s.tags);
  }
  return { tokens, ranges, tags };
}

function sentencesOf(corpus: Corpus, which: readonly number[]): Sentence[] {
  return which.map((k) => {
    const [s, e] = corpus.ranges[k] as [number, number];
    return { tokens: corpus.tokens.slice(s, e), tags: corpus.tags.slice(s, e) };
  });
}

/** Contiguous blocks: neighbouring sentences (one news story) stay in the same fold. */
function foldOf(position: number, count: number, folds: number): number {
  return Math.floor((position * folds) / count);
}

function jackknifeInstances(
  corpus: Corpus,
  which: readonly number[],
  options: TrainOptions,
  doc: DocContext | undefined,
  vocabMin: number,
): Instance[] {
  const folds = Math.max(1, Math.min(options.folds, which.length));
  const instances: Instance[] = new Array<Instance>(which.length);
  const sink = new InstanceSink();
  for (let f = 0; f < folds; f++) {
    const others = which.filter((_, p) => folds === 1 || foldOf(p, which.length, folds) !== f);
    const lists = buildNameLists(sentencesOf(corpus, others), vocabMin);
    const extractor = new FeatureExtractor(lists, options.hashBits, vocabMin, options.gazetteer);
    which.forEach((k, p) => {
      if (foldOf(p, which.length, folds) !== f) return;
      const [s, e] = corpus.ranges[k] as [number, number];
      extractor.extract(corpus.tokens, s, e, sink, doc);
      const { data, offsets } = sink.take();
      const gold = Uint8Array.from(corpus.tags.slice(s, e), (t) => TAG_INDEX[t]);
      instances[p] = { data, offsets, gold };
    });
  }
  return instances;
}

/**
 * Trains a one- or two-pass tagger. With `stackFolds` > 0 the first pass is also trained
 * `stackFolds` times on all but one block, to tag that block: the second pass learns from
 * first-pass output that is as imperfect as it will be on text nobody has seen.
 */
export function trainTagger(sentences: readonly Sentence[], options: TrainOptions): TaggerModel {
  const corpus = toCorpus(sentences);
  const all = corpus.ranges.map((_, k) => k);
  const lists = buildNameLists(sentencesOf(corpus, all), options.vocabMin);
  const model = (layers: Layer[]): TaggerModel => ({
    hashBits: options.hashBits,
    layers,
    docWindow: options.docWindow,
    lists,
    ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }),
    meta: { ...options.meta },
  });
  const log = options.log ?? ((): void => undefined);
  const stacked = options.stackFolds > 0;

  log(`layer 1 on ${corpus.tokens.length} tokens`);
  const first = trainLayer(
    corpus,
    all,
    options,
    undefined,
    stacked ? undefined : (e, l, m) => options.onEpoch?.(e, () => model([l()]), m),
  );
  if (!stacked) return model([{ ...first, nameBias: options.nameBias }]);

  const firstPass = new Uint8Array(corpus.tokens.length);
  const firstMargins = new Float32Array(corpus.tokens.length);
  const K = Math.min(options.stackFolds, all.length);
  for (let f = 0; f < K; f++) {
    log(`layer 1 without block ${f + 1} of ${K}, to tag that block`);
    const others = all.filter((k) => foldOf(k, all.length, K) !== f);
    // With the decoding bias the first pass will have on new text, so the second pass
    // learns from output like the one it will get.
    const layer = {
      ...trainLayer(corpus, others, options, undefined, undefined),
      nameBias: options.nameBias,
    };
    const tagger = new Tagger({
      hashBits: options.hashBits,
      layers: [layer],
      docWindow: options.docWindow,
      lists: buildNameLists(sentencesOf(corpus, others), options.vocabMin),
      ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }),
      meta: {},
    });
    for (const k of all) {
      if (foldOf(k, all.length, K) !== f) continue;
      const [s, e] = corpus.ranges[k] as [number, number];
      tagger.tagRange(layer, corpus.tokens, s, e, firstPass, undefined, firstMargins);
    }
  }
  log("layer 2 on the first pass's output");
  const doc = new DocContext(corpus.tokens, firstPass, options.docWindow, firstMargins);
  const second = trainLayer(
    corpus,
    all,
    options,
    doc,
    (e, l, m) => options.onEpoch?.(e, () => model([first, l()]), m),
    options.vocabMin2,
  );
  return model([
    { ...first, nameBias: options.nameBias },
    { ...second, nameBias: options.nameBias },
  ]);
}

function trainLayer(
  corpus: Corpus,
  which: readonly number[],
  options: TrainOptions,
  doc: DocContext | undefined,
  onEpoch: ((epoch: number, layer: () => Layer, mistakes: number) => void) | undefined,
  vocabMin = options.vocabMin,
): Layer {
  const instances = jackknifeInstances(corpus, which, options, doc, vocabMin);
  // Several runs over different shuffles, their averaged weights averaged again: a
  // perceptron's choices on borderline words swing with the order it sees the data in.
  const runs = Math.max(1, options.restarts);
  let layer: Layer | undefined;
  for (let r = 0; r < runs; r++) {
    const one = perceptron(
      instances,
      options,
      options.seed + r,
      vocabMin,
      r === 0 ? onEpoch : undefined,
    );
    if (layer === undefined) layer = one;
    else {
      for (let k = 0; k < layer.weights.length; k++)
        layer.weights[k] = (layer.weights[k] as number) + (one.weights[k] as number);
      for (let k = 0; k < layer.transitions.length; k++) {
        layer.transitions[k] = (layer.transitions[k] as number) + (one.transitions[k] as number);
      }
    }
  }
  const result = layer as Layer;
  if (runs > 1) {
    for (let k = 0; k < result.weights.length; k++)
      result.weights[k] = (result.weights[k] as number) / runs;
    for (let k = 0; k < result.transitions.length; k++)
      result.transitions[k] = (result.transitions[k] as number) / runs;
  }
  if (options.prune > 0) {
    const weights = result.weights;
    for (let b = 0; b < weights.length; b += TAG_COUNT) {
      let keep = false;
      for (let t = 0; t < TAG_COUNT; t++)
        if (Math.abs(weights[b + t] as number) >= options.prune) keep = true;
      if (!keep) for (let t = 0; t < TAG_COUNT; t++) weights[b + t] = 0;
    }
  }
  return result;
}

function perceptron(
  instances: readonly Instance[],
  options: TrainOptions,
  seed: number,
  vocabMin: number,
  onEpoch: ((epoch: number, layer: () => Layer, mistakes: number) => void) | undefined,
): Layer {
  const size = (1 << options.hashBits) * TAG_COUNT;
  const w = new Float64Array(size);
  const acc = new Float64Array(size);
  const tw = new Float64Array(4 * TAG_COUNT);
  const tacc = new Float64Array(4 * TAG_COUNT);
  let c = 1;
  const random = seededRandom(seed);
  const order = instances.map((_, i) => i);
  let emissions = new Float64Array(3 * 512);
  let pred = new Uint8Array(512);
  let back = new Uint8Array(3 * 512);

  const update = (inst: Instance, i: number, tag: number, delta: number): void => {
    const end = inst.offsets[i + 1] as number;
    const dc = delta * c;
    for (let k = inst.offsets[i] as number; k < end; k++) {
      const idx = (inst.data[k] as number) * TAG_COUNT + tag;
      w[idx] = (w[idx] as number) + delta;
      acc[idx] = (acc[idx] as number) + dc;
    }
  };
  const updateTransition = (from: number, to: number, delta: number): void => {
    const idx = (from + 1) * TAG_COUNT + to;
    tw[idx] = (tw[idx] as number) + delta;
    tacc[idx] = (tacc[idx] as number) + delta * c;
  };

  const averaged = (): Layer => {
    const weights = new Float32Array(size);
    for (let k = 0; k < size; k++) weights[k] = (w[k] as number) - (acc[k] as number) / c;
    const transitions = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++)
      transitions[k] = (tw[k] as number) - (tacc[k] as number) / c;
    return { weights, transitions, nameBias: 0, vocabMin };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const idx of order) {
      const inst = instances[idx] as Instance;
      const n = inst.gold.length;
      if (emissions.length < n * 3) {
        emissions = new Float64Array(n * 6);
        back = new Uint8Array(n * 6);
        pred = new Uint8Array(n * 2);
      }
      scoreTokens(inst.data, inst.offsets, n, w, emissions);
      if (options.margin > 0) {
        // Loss-augmented decoding: every wrong tag gets a head start, so the weights keep
        // moving until the right answer wins by a margin, not by a hair. Missing a name
        // costs more than inventing one (recall is the hard part on unseen text).
        for (let i = 0; i < n; i++) {
          const g = inst.gold[i] as number;
          for (let t = 0; t < TAG_COUNT; t++) {
            if (t === g) continue;
            const cost = g !== 0 && t === 0 ? options.margin * options.missCost : options.margin;
            emissions[i * TAG_COUNT + t] = (emissions[i * TAG_COUNT + t] as number) + cost;
          }
        }
      }
      const out = pred.subarray(0, n);
      viterbi(emissions, n, tw, out, back);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = inst.gold[i] as number;
        const p = out[i] as number;
        if (g !== p) {
          wrong = true;
          update(inst, i, g, 1);
          update(inst, i, p, -1);
        }
        const gf = i === 0 ? -1 : (inst.gold[i - 1] as number);
        const pf = i === 0 ? -1 : (out[i - 1] as number);
        if (gf !== pf || g !== p) {
          updateTransition(gf, g, 1);
          updateTransition(pf, p, -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    onEpoch?.(epoch, averaged, mistakes);
  }

  return averaged();
}
