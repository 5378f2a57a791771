/**
 * Features of a token in its sentence, as hashed bucket indices. Everything that depends on
 * the word alone (its forms, clitics, shape, cue classes, name-list counts) is computed once
 * per distinct word and cached; a position then only mixes those cached values with the
 * offset they are seen at (−2 … +2). When decoding, each word also keeps the weights of
 * those buckets (FeatureExtractor.score), so a token costs a few contiguous additions and
 * the lookups of its context features only. That is what makes tagging fast.
 */
import {
  AGENT_WORDS,
  FUNCTION_WORDS,
  KIN_WORDS,
  SPEECH_WORDS,
  TITLE_WORDS,
  deepFold,
  featureFold,
  inSet,
  isNisba,
  isQuote,
  splitClitics,
  stripEdgePunct,
  wordShape,
} from "./arabic.ts";
import type { DocContext } from "./doc.ts";
import { DOC_FEATURES } from "./doc.ts";
import { hashSlice, hashString, mix, template } from "./hash.ts";
import { TAG_COUNT } from "./model.ts";
import type { PackedWeights } from "./weights.ts";

/**
 * Name lists learned from training data: for each folded word, how often it began a person
 * name, how often it continued one, and how often it occurred at all. They are features (a
 * count bucket, a ratio bucket), not answers: most names in new text are in no list.
 */
export interface NameLists {
  first: ReadonlyMap<string, number>;
  rest: ReadonlyMap<string, number>;
  /** How often each word occurred at all (the vocabulary). */
  seen: ReadonlyMap<string, number>;
  /**
   * A word's own identity is a feature only if it occurred at least this often. In training
   * the counts come from the other folds, so the model learns what to do with a word it has
   * never seen — which is what most names in new text are — instead of memorizing names.
   */
  vocabMin: number;
}

/**
 * Word lists from outside the training data (scripts/build-gazetteer.ts): given names,
 * family names, places. Entries are folded and further folded with deepFold (the lists and
 * ANERcorp both mix ة/ه and ى/ي). Membership is a feature like any other: the model learns
 * how far each list can be trusted (حسن is a given name and the word "good").
 */
export interface Gazetteer {
  given: ReadonlySet<string>;
  family: ReadonlySet<string>;
  place: ReadonlySet<string>;
}

export const EMPTY_GAZETTEER: Gazetteer = { given: new Set(), family: new Set(), place: new Set() };

/** Gazetteer classes of one form of a word, as bits: 1 given name, 2 family name, 4 place. */
function gazetteerBits(gaz: Gazetteer, form: string): number {
  const d = form.includes("\u0649") || form.includes("\u0629") ? deepFold(form) : form;
  return (gaz.given.has(d) ? 1 : 0) | (gaz.family.has(d) ? 2 : 0) | (gaz.place.has(d) ? 4 : 0);
}

/**
 * Gazetteer classes of a word: the bits of its forms together, each form looked up once
 * (clitic levels are often the same string). Four arguments, not an array: this runs once
 * per new word.
 */
function gazetteerClass(
  gaz: Gazetteer,
  bare: string,
  noConj: string,
  noPrep: string,
  core: string,
): number {
  let bits = bare === "" ? 0 : gazetteerBits(gaz, bare);
  if (noConj !== bare) bits |= gazetteerBits(gaz, noConj);
  if (noPrep !== noConj) bits |= gazetteerBits(gaz, noPrep);
  if (core !== noPrep) bits |= gazetteerBits(gaz, core);
  return bits;
}

interface WordInfo {
  /**
   * Bucket indices, in one array (one allocation per new word, not five): the word's own
   * features at the current position [0, selfEnd), then what it contributes seen from −2
   * [selfEnd, prev2End), −1 [prev2End, prev1End), +1 [prev1End, next1End), +2 [next1End, end).
   */
  buckets: Uint32Array;
  selfEnd: number;
  prev2End: number;
  prev1End: number;
  next1End: number;
  fold: number;
  title: boolean;
  speech: boolean;
  quote: boolean;
  name: boolean;
  /** Name-ratio bucket: 0 = a word the vocabulary has never seen. */
  ratio: number;
  /** An agent word or a nisba adjective (see arabic.ts). */
  cue: boolean;
  /** Gazetteer class bits (see gazetteerClass). */
  gaz: number;
  /**
   * With an extractor built for one weight table (see FeatureExtractor.score; else 0): the
   * word's own features' weights summed per tag, O B I, added one by one from 0 in bucket
   * order — the very additions scoreTokens makes first for a token.
   */
  selfO: number;
  selfB: number;
  selfI: number;
  /**
   * The same (else empty): the weights, 3 per bucket, of buckets [selfEnd, end), so that
   * scoring a token reads its neighbours' weights from a few contiguous values instead of
   * looking up a dozen rows of the weight table.
   */
  around: Float32Array;
}

const T = {
  bias: template("bias"),
  fold: template("fold"),
  deep: template("deep"),
  noConj: template("noConj"),
  noPrep: template("noPrep"),
  core: template("core"),
  sig: template("sig"),
  shape: template("shape"),
  len: template("len"),
  pre: template("pre"),
  suf: template("suf"),
  corePre: template("corePre"),
  coreSuf: template("coreSuf"),
  cls: template("cls"),
  first: template("first"),
  rest: template("rest"),
  ratio: template("ratio"),
  biPrev: template("biPrev"),
  biNext: template("biNext"),
  ctxPrev: template("ctxPrev"),
  ctxNext: template("ctxNext"),
  titleWin: template("titleWin"),
  speechWin: template("speechWin"),
  quoteIn: template("quoteIn"),
  nameNext: template("nameNext"),
  oov: template("oov"),
  oovCtx: template("oovCtx"),
  oovTitle: template("oovTitle"),
  oovCue: template("oovCue"),
  gaz: template("gaz"),
  gazOov: template("gazOov"),
  gazSig: template("gazSig"),
  gazCtx: template("gazCtx"),
  pos: [
    template("pos-2"),
    template("pos-1"),
    template("pos0"),
    template("pos+1"),
    template("pos+2"),
  ],
};

function countBucket(n: number): number {
  return n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 9 ? 3 : 4;
}

/** Cache bound: a browser tab tagging a huge paste must not grow without limit. */
const CACHE_LIMIT = 200_000;

// Hashes of values from small fixed sets, computed once at load instead of once per word.
/** hashString(T.len, String(k)) for k = 0 … 12. */
const LEN_HASH = Array.from({ length: 13 }, (_, k) => hashString(T.len, String(k)));
const CLS_LETTERS = ["T", "S", "K", "F", "Q", "A", "N"] as const;
/** hashString(T.cls, the class letters whose bits are set, in CLS_LETTERS order). */
const CLS_HASH = Array.from({ length: 1 << CLS_LETTERS.length }, (_, bits) =>
  hashString(T.cls, CLS_LETTERS.filter((_, k) => (bits >> k) & 1).join("")),
);
const UNKNOWN_NO_PREP = hashString(T.noPrep, "<unknown>");
/** hashString(T.fold, `<unknown ${shape}>`) by shape (a few dozen shapes at most). */
const unknownFold = new Map<string, number>();

/** Most features one token's context adds (see contextFeatures): 4 + 8, and DOC_FEATURES. */
const MAX_CONTEXT_FEATURES = 12 + DOC_FEATURES;
const NEAR = 8;
const FAR = 3;

const NO_WEIGHTS = new Float32Array(0);

export class FeatureExtractor {
  readonly mask: number;
  private readonly cache = new Map<string, WordInfo>();
  private readonly boundary: WordInfo;
  /** The sentence's words, reused from sentence to sentence (no array per sentence). */
  private readonly infos: WordInfo[] = [];
  /** One token's context features, reused from token to token. */
  private readonly context = new Uint32Array(MAX_CONTEXT_FEATURES);
  /** A new word's buckets while they are gathered (then copied to an exact-size array). */
  private readonly scratch = new Uint32Array(64);
  private readonly near = new Uint32Array(NEAR);
  private readonly far = new Uint32Array(FAR);

  /**
   * @param weights a layer's weight table (see PackedWeights), for `score`: each
   *   word then keeps the weights of its own features with it. Without it, only `extract`.
   *   The table must not change while this extractor is in use (the cache keeps copies).
   */
  constructor(
    private readonly lists: NameLists,
    hashBits: number,
    private readonly vocabMin: number = lists.vocabMin,
    private readonly gazetteer: Gazetteer = EMPTY_GAZETTEER,
    private readonly weights?: PackedWeights,
  ) {
    this.mask = (1 << hashBits) - 1;
    const v = hashString(T.fold, "<s>");
    this.near[0] = v;
    this.far[0] = v;
    this.boundary = this.withWeights({
      buckets: this.positioned(0, 1, 1),
      selfEnd: 0,
      prev2End: 1,
      prev1End: 2,
      next1End: 3,
      fold: v,
      title: false,
      speech: false,
      quote: false,
      name: false,
      ratio: 7,
      cue: false,
      gaz: 8,
      selfO: 0,
      selfB: 0,
      selfI: 0,
      around: NO_WEIGHTS,
    });
  }

  info(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      info = this.withWeights(this.analyse(token));
      this.cache.set(token, info);
    }
    return info;
  }

  /**
   * Fills in selfO/B/I and around from this extractor's weight table (see WordInfo): once
   * per distinct word, where scoring would otherwise read the same rows at every occurrence.
   */
  private withWeights(info: WordInfo): WordInfo {
    const weights = this.weights;
    if (weights === undefined) return info;
    const rows = weights.rows;
    const buckets = info.buckets;
    let so = 0;
    let sb = 0;
    let si = 0;
    for (let k = 0; k < info.selfEnd; k++) {
      // An empty row adds zeros: skipped (see PackedWeights).
      const at = weights.find(buckets[k] as number);
      if (at < 0) continue;
      so += rows[at] as number;
      sb += rows[at + 1] as number;
      si += rows[at + 2] as number;
    }
    info.selfO = so;
    info.selfB = sb;
    info.selfI = si;
    const around = new Float32Array((buckets.length - info.selfEnd) * TAG_COUNT);
    for (let k = info.selfEnd, to = 0; k < buckets.length; k++, to += TAG_COUNT) {
      const at = weights.find(buckets[k] as number);
      if (at < 0) continue;
      around[to] = rows[at] as number;
      around[to + 1] = rows[at + 1] as number;
      around[to + 2] = rows[at + 2] as number;
    }
    info.around = around;
    return info;
  }

  /** A word's own identity is a feature only if the vocabulary saw it vocabMin times. */
  private known(w: string): boolean {
    return this.vocabMin <= 0 || (this.lists.seen.get(w) ?? 0) >= this.vocabMin;
  }

  private analyse(token: string): WordInfo {
    const folded = featureFold(token);
    const bare = stripEdgePunct(folded) || folded;
    const split = splitClitics(bare);
    const core = split.core;
    const title = inSet(TITLE_WORDS, bare, split);
    const speech = inSet(SPEECH_WORDS, bare, split);
    const kin = inSet(KIN_WORDS, bare, split);
    const agent = inSet(AGENT_WORDS, bare, split);
    const nisba = isNisba(split);
    const func = FUNCTION_WORDS.has(bare) || FUNCTION_WORDS.has(split.noConj);
    const quote = isQuote(token) || folded === '"';
    const shape = wordShape(token);
    // The article is part of some family names (الشريف) and of no given name: both forms.
    const gaz = gazetteerClass(this.gazetteer, bare, split.noConj, split.noPrep, core);

    // Counts under the first form of the word that the vocabulary knows, all three from
    // the same form (وعلي "and on" must not borrow علي's name counts with its own total).
    const seen = this.lists.seen;
    const key = seen.has(bare)
      ? bare
      : seen.has(split.noConj)
        ? split.noConj
        : seen.has(split.noPrep)
          ? split.noPrep
          : undefined;
    const firstN = key === undefined ? 0 : (this.lists.first.get(key) ?? 0);
    const restN = key === undefined ? 0 : (this.lists.rest.get(key) ?? 0);
    const seenN = key === undefined ? 0 : (seen.get(key) ?? 0);
    const persN = firstN + restN;
    const ratio = seenN === 0 ? 0 : 1 + Math.min(4, Math.floor((persN / seenN) * 5));

    // Values used more than once are hashed once (the hashes are pure functions).
    const clsH = CLS_HASH[
      (title ? 1 : 0) |
        (speech ? 2 : 0) |
        (kin ? 4 : 0) |
        (func ? 8 : 0) |
        (quote ? 16 : 0) |
        (agent ? 32 : 0) |
        (nisba ? 64 : 0)
    ] as number;
    const sigH = hashString(T.sig, split.signature);
    const shapeH = hashString(T.shape, shape);
    const firstH = mix(T.first, countBucket(firstN));
    const restH = mix(T.rest, countBucket(restN));
    const ratioH = mix(T.ratio, ratio);
    const oovH = mix(T.oov, ratio);
    const gazH = mix(T.gaz, gaz);
    const bareKnown = this.known(bare);
    let fold: number;
    if (bareKnown) fold = hashString(T.fold, folded);
    else {
      let h = unknownFold.get(shape);
      if (h === undefined) {
        h = hashString(T.fold, `<unknown ${shape}>`);
        unknownFold.set(shape, h);
      }
      fold = h;
    }
    const noPrep = this.known(split.noPrep) ? hashString(T.noPrep, split.noPrep) : UNKNOWN_NO_PREP;

    // The word's own features, in the order the model was trained with.
    const out = this.scratch;
    const mask = this.mask;
    let n = 0;
    out[n++] = T.bias & mask;
    out[n++] = fold & mask;
    out[n++] = noPrep & mask;
    if (this.known(split.noConj)) out[n++] = hashString(T.noConj, split.noConj) & mask;
    if (this.known(core) || this.known(`ال${core}`)) out[n++] = hashString(T.core, core) & mask;
    if (bareKnown) out[n++] = hashString(T.deep, deepFold(bare)) & mask;
    out[n++] = sigH & mask;
    out[n++] = shapeH & mask;
    out[n++] = (LEN_HASH[Math.min(bare.length, 12)] as number) & mask;
    out[n++] = clsH & mask;
    out[n++] = firstH & mask;
    out[n++] = restH & mask;
    out[n++] = ratioH & mask;
    out[n++] = mix(firstH, restH) & mask;
    const len = bare.length;
    const coreLen = core.length;
    for (let k = 1; k <= 3; k++) {
      if (len > k) out[n++] = hashSlice(T.pre + k, bare, 0, k) & mask;
      if (coreLen > k) out[n++] = hashSlice(T.corePre + k, core, 0, k) & mask;
    }
    for (let k = 1; k <= 4; k++) {
      if (len > k) out[n++] = hashSlice(T.suf + k, bare, len - k, len) & mask;
      if (k <= 3 && coreLen > k)
        out[n++] = hashSlice(T.coreSuf + k, core, coreLen - k, coreLen) & mask;
    }
    // Conjunctions with "never seen": an unknown word with an article or a clitic is more
    // likely an inflected common word; a bare unknown word more likely a foreign name.
    out[n++] = mix(oovH, sigH) & mask;
    out[n++] = mix(oovH, shapeH) & mask;
    // A listed name the training data never (or seldom) showed is the case the lists are for.
    out[n++] = gazH & mask;
    out[n++] = mix(mix(T.gazOov, gaz), ratio) & mask;
    out[n++] = mix(mix(T.gazSig, gaz), sigH) & mask;

    // What the word is to its neighbours: near (±1) and far (±2) values.
    const listVal = mix(firstH, ratioH);
    const near = this.near;
    near[0] = fold;
    near[1] = noPrep;
    near[2] = shapeH;
    near[3] = clsH;
    near[4] = listVal;
    near[5] = hashSlice(T.suf + 2, bare, Math.max(0, len - 2), len);
    near[6] = sigH;
    near[7] = gazH;
    const far = this.far;
    far[0] = fold;
    far[1] = clsH;
    far[2] = listVal;
    return {
      buckets: this.positioned(n, NEAR, FAR),
      selfEnd: n,
      prev2End: n + FAR,
      prev1End: n + FAR + NEAR,
      next1End: n + FAR + 2 * NEAR,
      fold,
      title,
      speech,
      quote,
      name: persN > 0,
      ratio,
      cue: agent || nisba,
      gaz,
      selfO: 0,
      selfB: 0,
      selfI: 0,
      around: NO_WEIGHTS,
    };
  }

  /**
   * scratch[0, selfCount) followed by the first nearCount values of this.near and farCount
   * of this.far mixed with each offset (−2 far, −1 near, +1 near, +2 far), as one
   * exact-size array: the neighbour values are mixed with their offset once per word, so
   * positions only copy them.
   */
  private positioned(selfCount: number, nearCount: number, farCount: number): Uint32Array {
    const out = new Uint32Array(selfCount + 2 * nearCount + 2 * farCount);
    const mask = this.mask;
    const [m2, m1, , p1, p2] = T.pos as [number, number, number, number, number];
    let n = 0;
    for (let k = 0; k < selfCount; k++) out[n++] = this.scratch[k] as number;
    for (let k = 0; k < farCount; k++) out[n++] = mix(m2, this.far[k] as number) & mask;
    for (let k = 0; k < nearCount; k++) out[n++] = mix(m1, this.near[k] as number) & mask;
    for (let k = 0; k < nearCount; k++) out[n++] = mix(p1, this.near[k] as number) & mask;
    for (let k = 0; k < farCount; k++) out[n++] = mix(p2, this.far[k] as number) & mask;
    return out;
  }

  /** The words of tokens [start, end), into this.infos[0 .. end − start). */
  private lookUp(tokens: readonly string[], start: number, end: number): WordInfo[] {
    const infos = this.infos;
    for (let i = start; i < end; i++) infos[i - start] = this.info(tokens[i] as string);
    return infos;
  }

  /**
   * The features of token i (of n) that depend on its context, not on one word alone:
   * bigrams, cue windows, quotes, neighbours' name-list and gazetteer evidence, and with
   * `doc` the second pass's document features. Bucket indices, into this.context; returns
   * how many. The one definition `extract` and `score` share.
   */
  private contextFeatures(
    infos: readonly WordInfo[],
    n: number,
    i: number,
    docIndex: number,
    doc?: DocContext,
  ): number {
    const out = this.context;
    const mask = this.mask;
    const boundary = this.boundary;
    const w = infos[i] as WordInfo;
    const p1 = i >= 1 ? (infos[i - 1] as WordInfo) : boundary;
    const n1 = i + 1 < n ? (infos[i + 1] as WordInfo) : boundary;
    const p2 = i >= 2 ? (infos[i - 2] as WordInfo) : boundary;
    const n2 = i + 2 < n ? (infos[i + 2] as WordInfo) : boundary;
    out[0] = mix(mix(T.biPrev, p1.fold), w.fold) & mask;
    out[1] = mix(mix(T.biNext, w.fold), n1.fold) & mask;
    out[2] = mix(mix(T.ctxPrev, p2.fold), p1.fold) & mask;
    out[3] = mix(mix(T.ctxNext, n1.fold), n2.fold) & mask;
    // Cues a few words back, not counting quotation marks: a title up to four words before
    // (وزير الخارجية الروسي سيرغي، رئيس المخابرات التركية "هاكان).
    let titleAt = 0;
    let speechAt = 0;
    let quoted = false;
    for (let k = i - 1, d = 1; d <= 4 && k >= 0; k--) {
      const q = infos[k] as WordInfo;
      if (q.quote) {
        quoted = true;
        continue;
      }
      if (q.title && titleAt === 0) titleAt = d;
      if (q.speech && speechAt === 0) speechAt = d;
      d++;
    }
    out[4] = mix(T.titleWin, titleAt * 2 + (quoted ? 1 : 0)) & mask;
    out[5] = mix(T.speechWin, speechAt * 4 + (n1.speech ? 1 : 0)) & mask;
    out[6] =
      mix(
        T.quoteIn,
        (p1.quote ? 1 : 0) + (n1.quote ? 2 : 0) + (p2.quote ? 4 : 0) + (n2.quote ? 8 : 0),
      ) & mask;
    out[7] = mix(T.nameNext, (p1.name ? 1 : 0) + (n1.name ? 2 : 0)) & mask;
    out[8] = mix(T.oovCtx, w.ratio * 64 + p1.ratio * 8 + n1.ratio) & mask;
    out[9] = mix(T.oovTitle, w.ratio * 16 + titleAt) & mask;
    out[10] = mix(T.oovCue, w.ratio * 4 + (p1.cue ? 1 : 0) + (p2.cue ? 2 : 0)) & mask;
    out[11] = mix(T.gazCtx, p1.gaz * 256 + w.gaz * 16 + n1.gaz) & mask;
    if (doc === undefined) return 12;
    const end = doc.features(docIndex, out, 12);
    for (let k = 12; k < end; k++) out[k] = (out[k] as number) & mask;
    return end;
  }

  /**
   * Writes the bucket indices of every feature of tokens [start, end) into `out`, token by
   * token: the word's own, its neighbours' (−1, +1, −2, +2), its context's. With `doc`
   * (built over the same `tokens` array), adds the second pass's document features.
   */
  extract(
    tokens: readonly string[],
    start: number,
    end: number,
    out: FeatureSink,
    doc?: DocContext,
  ): void {
    const n = end - start;
    const infos = this.lookUp(tokens, start, end);
    const boundary = this.boundary;
    const context = this.context;
    out.begin(n);
    for (let i = 0; i < n; i++) {
      const w = infos[i] as WordInfo;
      const p1 = i >= 1 ? (infos[i - 1] as WordInfo) : boundary;
      const n1 = i + 1 < n ? (infos[i + 1] as WordInfo) : boundary;
      const p2 = i >= 2 ? (infos[i - 2] as WordInfo) : boundary;
      const n2 = i + 2 < n ? (infos[i + 2] as WordInfo) : boundary;
      out.pushRange(w.buckets, 0, w.selfEnd);
      out.pushRange(p1.buckets, p1.prev2End, p1.prev1End);
      out.pushRange(n1.buckets, n1.prev1End, n1.next1End);
      out.pushRange(p2.buckets, p2.selfEnd, p2.prev2End);
      out.pushRange(n2.buckets, n2.next1End, n2.buckets.length);
      const count = this.contextFeatures(infos, n, i, start + i, doc);
      out.pushRange(context, 0, count);
      out.end();
    }
  }

  /**
   * The tag scores of tokens [start, end) under the weight table this extractor was built
   * with: emissions[i * 3 + tag]. The same numbers, bit for bit, as scoreTokens (tagger.ts)
   * over what `extract` writes: the same float32 weights added in the same order into
   * float64 sums — the word's own features (summed once per word, from 0, as scoreTokens
   * starts), then the neighbours' (copied next to each word), then the context's.
   */
  score(
    tokens: readonly string[],
    start: number,
    end: number,
    emissions: Float64Array,
    doc?: DocContext,
  ): void {
    const weights = this.weights;
    if (weights === undefined)
      throw new Error("FeatureExtractor.score: built without a weight table");
    const rows = weights.rows;
    const n = end - start;
    const infos = this.lookUp(tokens, start, end);
    const boundary = this.boundary;
    const context = this.context;
    for (let i = 0; i < n; i++) {
      const w = infos[i] as WordInfo;
      const p1 = i >= 1 ? (infos[i - 1] as WordInfo) : boundary;
      const n1 = i + 1 < n ? (infos[i + 1] as WordInfo) : boundary;
      const p2 = i >= 2 ? (infos[i - 2] as WordInfo) : boundary;
      const n2 = i + 2 < n ? (infos[i + 2] as WordInfo) : boundary;
      let so = w.selfO;
      let sb = w.selfB;
      let si = w.selfI;
      // `around` holds the weights of buckets [selfEnd, end): p1's −1 run, n1's +1 run,
      // p2's −2 run, n2's +2 run, in extract's order.
      let a = p1.around;
      let k = (p1.prev2End - p1.selfEnd) * TAG_COUNT;
      let stop = (p1.prev1End - p1.selfEnd) * TAG_COUNT;
      for (; k < stop; k += TAG_COUNT) {
        so += a[k] as number;
        sb += a[k + 1] as number;
        si += a[k + 2] as number;
      }
      a = n1.around;
      k = (n1.prev1End - n1.selfEnd) * TAG_COUNT;
      stop = (n1.next1End - n1.selfEnd) * TAG_COUNT;
      for (; k < stop; k += TAG_COUNT) {
        so += a[k] as number;
        sb += a[k + 1] as number;
        si += a[k + 2] as number;
      }
      a = p2.around;
      stop = (p2.prev2End - p2.selfEnd) * TAG_COUNT;
      for (k = 0; k < stop; k += TAG_COUNT) {
        so += a[k] as number;
        sb += a[k + 1] as number;
        si += a[k + 2] as number;
      }
      a = n2.around;
      stop = a.length;
      for (k = (n2.next1End - n2.selfEnd) * TAG_COUNT; k < stop; k += TAG_COUNT) {
        so += a[k] as number;
        sb += a[k + 1] as number;
        si += a[k + 2] as number;
      }
      const count = this.contextFeatures(infos, n, i, start + i, doc);
      for (let c = 0; c < count; c++) {
        const at = weights.find(context[c] as number);
        if (at < 0) continue;
        so += rows[at] as number;
        sb += rows[at + 1] as number;
        si += rows[at + 2] as number;
      }
      emissions[i * TAG_COUNT] = so;
      emissions[i * TAG_COUNT + 1] = sb;
      emissions[i * TAG_COUNT + 2] = si;
    }
  }
}

/** Where extract writes features: per-sentence arrays for training (train.ts). */
export interface FeatureSink {
  begin(tokens: number): void;
  /** Adds buckets[from .. to) to the current token's features. */
  pushRange(buckets: Uint32Array, from: number, to: number): void;
  /** Closes the current token's features. */
  end(): void;
}
