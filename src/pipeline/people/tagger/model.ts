/**
 * The tagger's model and its file format. In memory: a dense weight table indexed by
 * feature hash (3 tags per bucket), a transition table, and the name lists. On disk: JSON
 * whose weights are the non-zero buckets only, rounded to integers (weight × scale) and
 * packed as variable-length integers in base64 — a few hundred kilobytes instead of tens of
 * megabytes. Pure TypeScript, so the browser loads the same file the build does.
 */
import type { Gazetteer, NameLists } from "./features.ts";
import { deepFold } from "./arabic.ts";

export const TAGS = ["O", "B-PERS", "I-PERS"] as const;
export const TAG_COUNT = 3;

export const MODEL_FORMAT = "arabic-person-tagger";
export const MODEL_VERSION = 1;

/** One pass of the tagger: a weight table and a transition table. */
export interface Layer {
  /** weights[bucket * 3 + tag] */
  weights: Float32Array;
  /** transitions[(from + 1) * 3 + to], from = −1 for the sentence start. */
  transitions: Float32Array;
  /**
   * Added to the B and I scores of every token when decoding (not in training): tuned after
   * training to trade a little precision for recall, which an F1 rewards.
   */
  nameBias: number;
  /** This layer's NameLists.vocabMin: the second pass may ignore rare words' identity. */
  vocabMin: number;
}

export interface TaggerModel {
  hashBits: number;
  /**
   * One or two passes. The second sees document features built from the first's output
   * (see doc.ts).
   */
  layers: Layer[];
  /** Tokens either side that count as one document for a corpus without document breaks. */
  docWindow: number;
  lists: NameLists;
  /** Word lists from outside the training data, if the model was trained with them. */
  gazetteer?: Gazetteer;
  meta: Record<string, unknown>;
}

/** The JSON written to disk. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  hashBits: number;
  scale: number;
  docWindow: number;
  layers: Array<{
    nameBias: number;
    vocabMin: number;
    transitions: number[];
    /** base64 of varints: (bucket delta, zigzag weight O, B, I) per non-zero bucket. */
    weights: string;
  }>;
  /** See NameLists.vocabMin. */
  vocabMin: number;
  /**
   * The vocabulary and name lists, one word a line: `word<TAB>began a name<TAB>continued
   * one<TAB>seen in all`, for words seen at least vocabMin times or ever part of a name.
   */
  words: string;
  /** The gazetteer the model was trained with: space-separated words per list. */
  gazetteer?: { given: string; family: string; place: string };
  meta: Record<string, unknown>;
}

const sortedWords = (set: ReadonlySet<string>): string =>
  [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(" ");

/** A gazetteer from space-separated word lists (gazetteer.json, or a model file's copy). */
export function gazetteerFromLists(lists: {
  given: string;
  family: string;
  place: string;
}): Gazetteer {
  const set = (text: string): Set<string> =>
    new Set(text.split(/\s+/).filter(Boolean).map(deepFold));
  return { given: set(lists.given), family: set(lists.family), place: set(lists.place) };
}

function packWeights(weights: Float32Array, hashBits: number, scale: number): string {
  const bytes: number[] = [];
  let last = -1;
  const size = 1 << hashBits;
  for (let b = 0; b < size; b++) {
    const o = Math.round((weights[b * 3] as number) * scale);
    const bb = Math.round((weights[b * 3 + 1] as number) * scale);
    const i = Math.round((weights[b * 3 + 2] as number) * scale);
    if (o === 0 && bb === 0 && i === 0) continue;
    writeVarint(bytes, b - last - 1);
    writeVarint(bytes, zigzag(o));
    writeVarint(bytes, zigzag(bb));
    writeVarint(bytes, zigzag(i));
    last = b;
  }
  return toBase64(bytes);
}

export function serializeModel(model: TaggerModel, scale: number): ModelFile {
  const { first, rest, seen, vocabMin } = model.lists;
  const keep = [...seen.keys()].filter(
    (w) => first.has(w) || rest.has(w) || (seen.get(w) ?? 0) >= Math.max(1, vocabMin),
  );
  // Plain code-unit order, not localeCompare: the same bytes on every machine.
  keep.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const words = keep
    .filter((w) => !/[\t\n]/.test(w))
    .map((w) => `${w}\t${first.get(w) ?? 0}\t${rest.get(w) ?? 0}\t${seen.get(w) ?? 0}`)
    .join("\n");
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    hashBits: model.hashBits,
    scale,
    docWindow: model.docWindow,
    layers: model.layers.map((layer) => ({
      nameBias: layer.nameBias,
      vocabMin: layer.vocabMin,
      transitions: Array.from(layer.transitions, (t) => Math.round(t * scale)),
      weights: packWeights(layer.weights, model.hashBits, scale),
    })),
    vocabMin,
    words,
    ...(model.gazetteer === undefined
      ? {}
      : {
          gazetteer: {
            given: sortedWords(model.gazetteer.given),
            family: sortedWords(model.gazetteer.family),
            place: sortedWords(model.gazetteer.place),
          },
        }),
    meta: model.meta,
  };
}

/** Validates and unpacks a model file (already JSON-parsed). Throws a clear Error when it is not one. */
export function parseModel(json: unknown): TaggerModel {
  if (typeof json !== "object" || json === null)
    throw new Error("person tagger model: not an object");
  const f = json as Partial<ModelFile>;
  if (f.format !== MODEL_FORMAT)
    throw new Error(`person tagger model: format is not "${MODEL_FORMAT}"`);
  if (f.version !== MODEL_VERSION)
    throw new Error(`person tagger model: version ${String(f.version)} is not ${MODEL_VERSION}`);
  const hashBits = f.hashBits;
  if (
    typeof hashBits !== "number" ||
    !Number.isInteger(hashBits) ||
    hashBits < 8 ||
    hashBits > 24
  ) {
    throw new Error("person tagger model: bad hashBits");
  }
  const scale = f.scale;
  if (typeof scale !== "number" || !(scale > 0)) throw new Error("person tagger model: bad scale");
  if (!Array.isArray(f.layers) || f.layers.length < 1 || f.layers.length > 2) {
    throw new Error("person tagger model: it needs one or two layers");
  }
  if (typeof f.words !== "string") throw new Error("person tagger model: words missing");
  const vocabMin = typeof f.vocabMin === "number" ? f.vocabMin : 0;
  const docWindow = typeof f.docWindow === "number" && f.docWindow > 0 ? f.docWindow : 500;
  const layers = f.layers.map((layer) => unpackLayer(layer, hashBits, scale));
  const first = new Map<string, number>();
  const rest = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const row of f.words === "" ? [] : f.words.split("\n")) {
    const [w, a, r, s] = row.split("\t");
    if (w === undefined || s === undefined) throw new Error("person tagger model: bad word row");
    if (Number(a) > 0) first.set(w, Number(a));
    if (Number(r) > 0) rest.set(w, Number(r));
    if (Number(s) > 0) seen.set(w, Number(s));
  }
  const g = f.gazetteer;
  let gazetteer: Gazetteer | undefined;
  if (g !== undefined) {
    if (
      typeof g !== "object" ||
      typeof g.given !== "string" ||
      typeof g.family !== "string" ||
      typeof g.place !== "string"
    ) {
      throw new Error("person tagger model: bad gazetteer");
    }
    gazetteer = gazetteerFromLists(g);
  }
  return {
    hashBits,
    layers,
    docWindow,
    lists: { first, rest, seen, vocabMin },
    ...(gazetteer === undefined ? {} : { gazetteer }),
    meta: f.meta ?? {},
  };
}

function unpackLayer(layer: unknown, hashBits: number, scale: number): Layer {
  const l = (typeof layer === "object" && layer !== null ? layer : {}) as {
    transitions?: unknown;
    weights?: unknown;
    nameBias?: unknown;
    vocabMin?: unknown;
  };
  if (!Array.isArray(l.transitions) || l.transitions.length !== 4 * TAG_COUNT) {
    throw new Error("person tagger model: bad transitions");
  }
  if (typeof l.weights !== "string") throw new Error("person tagger model: weights missing");
  const size = 1 << hashBits;
  const weights = new Float32Array(size * TAG_COUNT);
  const bytes = fromBase64(l.weights);
  let p = 0;
  let b = -1;
  const read = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (p >= bytes.length) throw new Error("person tagger model: weights are truncated");
      const byte = bytes[p++] as number;
      v += (byte & 0x7f) * mul;
      if (byte < 0x80) return v;
      mul *= 128;
    }
  };
  while (p < bytes.length) {
    b += read() + 1;
    if (b >= size) throw new Error("person tagger model: weight index out of range");
    for (let t = 0; t < TAG_COUNT; t++) weights[b * TAG_COUNT + t] = unzigzag(read()) / scale;
  }
  const transitions = new Float32Array(l.transitions.map((t) => Number(t) / scale));
  const nameBias = typeof l.nameBias === "number" && Number.isFinite(l.nameBias) ? l.nameBias : 0;
  const vocabMin = typeof l.vocabMin === "number" && Number.isFinite(l.vocabMin) ? l.vocabMin : 0;
  return { weights, transitions, nameBias, vocabMin };
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Our own base64: no Buffer (Node) and no atob (string-per-byte) in the hot path of loading.
function toBase64(bytes: readonly number[]): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk += B64[(n >> 18) & 63];
    chunk += B64[(n >> 12) & 63];
    chunk += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    chunk += i + 2 < bytes.length ? B64[n & 63] : "=";
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

function fromBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? (lookup[code] as number) : -1;
    if (v < 0) throw new Error("person tagger model: weights are not base64");
    acc = ((acc & 0xffff) << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
