/**
 * Features of a token in its sentence, as hashed bucket indices. Everything that depends on
 * the word alone (its forms, clitics, shape, cue classes, name-list counts) is computed once
 * per distinct word and cached; a position then only mixes those cached values with the
 * offset they are seen at (−2 … +2). That is what makes tagging fast.
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
} from "./arabic";
import type { DocContext } from "./doc";
import { hashString, mix, template } from "./hash";

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

/** Gazetteer classes of a word, as bits: 1 given name, 2 family name, 4 place. */
function gazetteerClass(gaz: Gazetteer, forms: readonly string[]): number {
  let bits = 0;
  let last = "";
  for (const f of forms) {
    // Clitic levels are often the same string: look each up once.
    if (f === last) continue;
    last = f;
    const d = f.includes("\u0649") || f.includes("\u0629") ? deepFold(f) : f;
    if (gaz.given.has(d)) bits |= 1;
    if (gaz.family.has(d)) bits |= 2;
    if (gaz.place.has(d)) bits |= 4;
  }
  return bits;
}

interface WordInfo {
  /** Bucket indices of the word's own features at the current position. */
  self: Uint32Array;
  /** Bucket indices of what the word contributes seen from −2, −1, +1, +2. */
  asPrev2: Uint32Array;
  asPrev1: Uint32Array;
  asNext1: Uint32Array;
  asNext2: Uint32Array;
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
  pos: [template("pos-2"), template("pos-1"), template("pos0"), template("pos+1"), template("pos+2")],
};

function countBucket(n: number): number {
  return n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 9 ? 3 : 4;
}

/** Cache bound: a browser tab tagging a huge paste must not grow without limit. */
const CACHE_LIMIT = 200_000;

export class FeatureExtractor {
  readonly mask: number;
  private readonly cache = new Map<string, WordInfo>();
  private readonly boundary: WordInfo;

  constructor(
    private readonly lists: NameLists,
    hashBits: number,
    private readonly vocabMin: number = lists.vocabMin,
    private readonly gazetteer: Gazetteer = EMPTY_GAZETTEER,
  ) {
    this.mask = (1 << hashBits) - 1;
    this.boundary = this.makeBoundary();
  }

  private makeBoundary(): WordInfo {
    const v = hashString(T.fold, "<s>");
    return {
      self: new Uint32Array(0),
      ...this.positioned([v], [v]),
      fold: v,
      title: false,
      speech: false,
      quote: false,
      name: false,
      ratio: 7,
      cue: false,
      gaz: 8,
    };
  }

  info(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      info = this.analyse(token);
      this.cache.set(token, info);
    }
    return info;
  }

  private analyse(token: string): WordInfo {
    const folded = featureFold(token);
    const bare = stripEdgePunct(folded) || folded;
    const split = splitClitics(bare);
    const keys = [bare, split.noConj, split.noPrep];
    const title = inSet(TITLE_WORDS, bare, split);
    const speech = inSet(SPEECH_WORDS, bare, split);
    const kin = inSet(KIN_WORDS, bare, split);
    const agent = inSet(AGENT_WORDS, bare, split);
    const nisba = isNisba(split);
    const func = FUNCTION_WORDS.has(bare) || FUNCTION_WORDS.has(split.noConj);
    const quote = isQuote(token) || folded === '"';
    const shape = wordShape(token);
    // The article is part of some family names (الشريف) and of no given name: both forms.
    const gaz = gazetteerClass(this.gazetteer, [bare, split.noConj, split.noPrep, split.core]);

    // Counts under the first form of the word that the vocabulary knows, all three from
    // the same form (وعلي "and on" must not borrow علي's name counts with its own total).
    const key = keys.find((k) => this.lists.seen.has(k));
    const firstN = key === undefined ? 0 : (this.lists.first.get(key) ?? 0);
    const restN = key === undefined ? 0 : (this.lists.rest.get(key) ?? 0);
    const seenN = key === undefined ? 0 : (this.lists.seen.get(key) ?? 0);
    const persN = firstN + restN;
    const ratio = seenN === 0 ? 0 : 1 + Math.min(4, Math.floor((persN / seenN) * 5));

    const cls =
      (title ? "T" : "") +
      (speech ? "S" : "") +
      (kin ? "K" : "") +
      (func ? "F" : "") +
      (quote ? "Q" : "") +
      (agent ? "A" : "") +
      (nisba ? "N" : "");
    const min = this.vocabMin;
    const known = (w: string): boolean => min <= 0 || (this.lists.seen.get(w) ?? 0) >= min;
    const fold = known(bare) ? hashString(T.fold, folded) : hashString(T.fold, `<unknown ${shape}>`);
    const noPrep = known(split.noPrep) ? hashString(T.noPrep, split.noPrep) : hashString(T.noPrep, "<unknown>");
    const self: number[] = [T.bias, fold, noPrep];
    if (known(split.noConj)) self.push(hashString(T.noConj, split.noConj));
    if (known(split.core) || known(`ال${split.core}`)) self.push(hashString(T.core, split.core));
    if (known(bare)) self.push(hashString(T.deep, deepFold(bare)));
    self.push(
      hashString(T.sig, split.signature),
      hashString(T.shape, shape),
      hashString(T.len, String(Math.min(bare.length, 12))),
      hashString(T.cls, cls),
      mix(T.first, countBucket(firstN)),
      mix(T.rest, countBucket(restN)),
      mix(T.ratio, ratio),
      mix(mix(T.first, countBucket(firstN)), mix(T.rest, countBucket(restN))),
    );
    for (let k = 1; k <= 3; k++) {
      if (bare.length > k) self.push(hashString(T.pre + k, bare.slice(0, k)));
      if (split.core.length > k) self.push(hashString(T.corePre + k, split.core.slice(0, k)));
    }
    for (let k = 1; k <= 4; k++) {
      if (bare.length > k) self.push(hashString(T.suf + k, bare.slice(-k)));
      if (k <= 3 && split.core.length > k) self.push(hashString(T.coreSuf + k, split.core.slice(-k)));
    }
    const listVal = mix(mix(T.first, countBucket(firstN)), mix(T.ratio, ratio));
    const near: number[] = [
      fold,
      noPrep,
      hashString(T.shape, shape),
      hashString(T.cls, cls),
      listVal,
      hashString(T.suf + 2, bare.slice(-2)),
      hashString(T.sig, split.signature),
    ];
    const far: number[] = [fold, hashString(T.cls, cls), listVal];
    // Conjunctions with "never seen": an unknown word with an article or a clitic is more
    // likely an inflected common word; a bare unknown word more likely a foreign name.
    self.push(mix(mix(T.oov, ratio), hashString(T.sig, split.signature)));
    self.push(mix(mix(T.oov, ratio), hashString(T.shape, shape)));
    // A listed name the training data never (or seldom) showed is the case the lists are for.
    self.push(mix(T.gaz, gaz), mix(mix(T.gazOov, gaz), ratio), mix(mix(T.gazSig, gaz), hashString(T.sig, split.signature)));
    near.push(mix(T.gaz, gaz));
    return {
      self: Uint32Array.from(self, (h) => h & this.mask),
      ...this.positioned(near, far),
      fold,
      title,
      speech,
      quote,
      name: persN > 0,
      ratio,
      cue: agent || nisba,
      gaz,
    };
  }

  /** The word's neighbour values mixed with each offset once, so positions only copy them. */
  private positioned(
    near: readonly number[],
    far: readonly number[],
  ): Pick<WordInfo, "asPrev2" | "asPrev1" | "asNext1" | "asNext2"> {
    const at = (p: number, values: readonly number[]): Uint32Array =>
      Uint32Array.from(values, (v) => mix(p, v) & this.mask);
    const [m2, m1, , p1, p2] = T.pos as [number, number, number, number, number];
    return { asPrev2: at(m2, far), asPrev1: at(m1, near), asNext1: at(p1, near), asNext2: at(p2, far) };
  }

  /**
   * Writes the bucket indices of every feature of tokens [start, end) into `out`, token by
   * token. With `doc` (built over the same `tokens` array), adds the second pass's
   * document features.
   */
  extract(
    tokens: readonly string[],
    start: number,
    end: number,
    out: FeatureSink,
    doc?: DocContext,
  ): void {
    const n = end - start;
    const infos: WordInfo[] = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) infos[i] = this.info(tokens[start + i] as string);
    const at = (i: number): WordInfo => (i >= 0 && i < n ? (infos[i] as WordInfo) : this.boundary);
    const mask = this.mask;
    out.begin(n);
    const pushMasked = (h: number): void => out.push(h & mask);
    for (let i = 0; i < n; i++) {
      const w = infos[i] as WordInfo;
      const p1 = at(i - 1);
      const n1 = at(i + 1);
      const p2 = at(i - 2);
      const n2 = at(i + 2);
      out.pushAll(w.self);
      out.pushAll(p1.asPrev1);
      out.pushAll(n1.asNext1);
      out.pushAll(p2.asPrev2);
      out.pushAll(n2.asNext2);
      out.push(mix(mix(T.biPrev, p1.fold), w.fold) & mask);
      out.push(mix(mix(T.biNext, w.fold), n1.fold) & mask);
      out.push(mix(mix(T.ctxPrev, p2.fold), p1.fold) & mask);
      out.push(mix(mix(T.ctxNext, n1.fold), n2.fold) & mask);
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
      out.push(mix(T.titleWin, titleAt * 2 + (quoted ? 1 : 0)) & mask);
      out.push(mix(T.speechWin, speechAt * 4 + (n1.speech ? 1 : 0)) & mask);
      out.push(mix(T.quoteIn, (p1.quote ? 1 : 0) + (n1.quote ? 2 : 0) + (p2.quote ? 4 : 0) + (n2.quote ? 8 : 0)) & mask);
      out.push(mix(T.nameNext, (p1.name ? 1 : 0) + (n1.name ? 2 : 0)) & mask);
      out.push(mix(T.oovCtx, w.ratio * 64 + p1.ratio * 8 + n1.ratio) & mask);
      out.push(mix(T.oovTitle, w.ratio * 16 + titleAt) & mask);
      out.push(mix(T.oovCue, w.ratio * 4 + (p1.cue ? 1 : 0) + (p2.cue ? 2 : 0)) & mask);
      out.push(mix(T.gazCtx, p1.gaz * 256 + w.gaz * 16 + n1.gaz) & mask);
      doc?.features(start + i, pushMasked);
      out.end();
    }
  }
}

/** Where features go: a growable buffer for decoding, or per-sentence arrays for training. */
export interface FeatureSink {
  begin(tokens: number): void;
  push(bucket: number): void;
  pushAll(buckets: Uint32Array): void;
  /** Closes the current token's features. */
  end(): void;
}

/** A reusable flat buffer: features of token i are data[offsets[i] .. offsets[i+1]). */
export class FeatureBuffer implements FeatureSink {
  data = new Uint32Array(4096);
  offsets = new Uint32Array(65);
  length = 0;
  tokens = 0;

  begin(tokens: number): void {
    if (this.offsets.length < tokens + 1) this.offsets = new Uint32Array((tokens + 1) * 2);
    this.length = 0;
    this.tokens = 0;
    this.offsets[0] = 0;
  }

  push(bucket: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = bucket;
  }

  pushAll(buckets: Uint32Array): void {
    const n = buckets.length;
    if (this.length + n > this.data.length) {
      const grown = new Uint32Array(Math.max(this.data.length * 2, this.length + n));
      grown.set(this.data);
      this.data = grown;
    }
    // A plain loop: TypedArray.set costs more than it saves on a handful of values.
    const data = this.data;
    let at = this.length;
    for (let k = 0; k < n; k++) data[at++] = buckets[k] as number;
    this.length = at;
  }


  end(): void {
    this.tokens++;
    this.offsets[this.tokens] = this.length;
  }
}
