/**
 * Document-level features for the second pass ("stacking"). A name is usually spelled out
 * once with its title (الفنان طلعت زكريا) and then repeated bare (وكان طلعت زكريا ...،
 * عقد فينغر). The first pass finds the easy mentions; the second pass sees, for each
 * word, what the first pass said about the same word elsewhere in the document: tagged as
 * a name there, as a first name, as the last word of a longer name (a surname alone).
 *
 * A "document" is the whole text handed to the tagger, or, for a corpus without document
 * breaks (ANERcorp), a window of tokens on either side.
 */
import {
  AGENT_WORDS,
  FUNCTION_WORDS,
  TITLE_WORDS,
  featureFold,
  inSet,
  isNisba,
  isQuote,
  splitClitics,
  stripEdgePunct,
} from "./arabic.ts";
import { mix, template } from "./hash.ts";

const T = {
  own: template("doc-own"),
  near: template("doc-near"),
  asB: template("doc-asB"),
  asI: template("doc-asI"),
  last: template("doc-last"),
  firstOf: template("doc-firstOf"),
  seen: template("doc-seen"),
  pair: template("doc-pair"),
  titled: template("doc-titled"),
  margin: template("doc-margin"),
  around: template("doc-around"),
  marginCtx: template("doc-marginCtx"),
  cued: template("doc-cued"),
};

/**
 * What the index needs of one word, from one folding and one clitic split:
 * - cue: what the word is as a cue for the word after it: 1 a title, 2 an agent word or nisba;
 * - keys: the keys it is matched under across the document: as written, and without
 *   proclitics (none for a function word or a one-letter word).
 */
function wordType(token: string): { keys: string[]; cue: number } {
  const f = featureFold(token);
  const bare = stripEdgePunct(f);
  if (bare.length < 1) return { keys: [], cue: 0 };
  const split = splitClitics(bare);
  const cue = inSet(TITLE_WORDS, bare, split)
    ? 1
    : inSet(AGENT_WORDS, bare, split) || isNisba(split)
      ? 2
      : 0;
  if (bare.length < 2 || FUNCTION_WORDS.has(bare)) return { keys: [], cue };
  const keys = [bare];
  if (split.noConj !== bare) keys.push(split.noConj);
  if (split.noPrep !== split.noConj) keys.push(split.noPrep);
  return { keys, cue };
}

/** The first pass's confidence, in eight steps from sure-not-a-name to sure-a-name. */
function marginBucket(m: number): number {
  return m < -40
    ? 0
    : m < -20
      ? 1
      : m < -8
        ? 2
        : m < 0
          ? 3
          : m < 8
            ? 4
            : m < 20
              ? 5
              : m < 40
                ? 6
                : 7;
}

function bucket(n: number): number {
  return n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3;
}

/** Occurrences of one key: sorted positions and running counts of what the first pass said. */
interface KeyIndex {
  pos: number[];
  /**
   * cum[k * FIELDS + c]: counts over the first k occurrences; c = B, I, last, firstOfLong,
   * seen, after a title, after an agent word or nisba.
   */
  cum: number[];
}

const FIELDS = 7;

/** The most hashes `features` writes for one token. */
export const DOC_FEATURES = 12;

/** What the document index needs of one distinct token. */
interface TokenType {
  /** Its keys' occurrence lists, in docKeys order. */
  keys: KeyIndex[];
  cue: number;
  quote: boolean;
}

export class DocContext {
  /**
   * Each token's keys' occurrence lists: resolved once per distinct token when the index is
   * built, so features() follows references instead of looking strings up in a Map.
   */
  private readonly keys: KeyIndex[][];
  private readonly cueBefore: Uint8Array;
  /**
   * namedElsewhere of each token, filled in on first use (−1: not yet): features() reads it
   * for both neighbours of every token, so each is computed once instead of twice.
   */
  private readonly namedAround: Int8Array;

  /**
   * @param tokens every token of the document, in order
   * @param tags the first pass's tags for them (0 O, 1 B, 2 I)
   * @param window how many tokens either side count as the same document (Infinity: all)
   * @param margins the first pass's name score minus its O score for each token
   */
  constructor(
    tokens: readonly string[],
    private readonly tags: Uint8Array,
    private readonly window: number,
    private readonly margins?: Float32Array,
  ) {
    const byKey = new Map<string, KeyIndex>();
    const cache = new Map<string, TokenType>();
    const n = tokens.length;
    const keys = new Array<KeyIndex[]>(n);
    const cues = new Uint8Array(n);
    const quotes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as string;
      let type = cache.get(t);
      if (type === undefined) {
        const word = wordType(t);
        const indexes = word.keys.map((k) => {
          let index = byKey.get(k);
          if (index === undefined) {
            index = { pos: [], cum: new Array<number>(FIELDS).fill(0) };
            byKey.set(k, index);
          }
          return index;
        });
        type = { keys: indexes, cue: word.cue, quote: isQuote(t) };
        cache.set(t, type);
      }
      keys[i] = type.keys;
      cues[i] = type.cue;
      quotes[i] = type.quote ? 1 : 0;
    }
    this.keys = keys;
    // The cue right before each token, looking past a quotation mark (الرئيس "فلان").
    const cueBefore = new Uint8Array(n);
    for (let i = 1; i < n; i++) {
      cueBefore[i] =
        quotes[i - 1] === 1 ? (i >= 2 ? (cues[i - 2] as number) : 0) : (cues[i - 1] as number);
    }
    this.cueBefore = cueBefore;
    this.namedAround = new Int8Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const tag = tags[i] as number;
      const nextI = i + 1 < n && tags[i + 1] === 2;
      const cue = cueBefore[i] as number;
      // The FIELDS counts of this occurrence (see KeyIndex.cum).
      const c0 = tag === 1 ? 1 : 0;
      const c1 = tag === 2 ? 1 : 0;
      const c2 = tag === 2 && !nextI ? 1 : 0;
      const c3 = tag === 1 && nextI ? 1 : 0;
      const c5 = cue === 1 ? 1 : 0;
      const c6 = cue === 2 ? 1 : 0;
      for (const index of keys[i] as KeyIndex[]) {
        const cum = index.cum;
        const base = index.pos.length * FIELDS;
        index.pos.push(i);
        cum.push(
          (cum[base] as number) + c0,
          (cum[base + 1] as number) + c1,
          (cum[base + 2] as number) + c2,
          (cum[base + 3] as number) + c3,
          (cum[base + 4] as number) + 1,
          (cum[base + 5] as number) + c5,
          (cum[base + 6] as number) + c6,
        );
      }
    }
  }

  /**
   * Writes the document features of token `i` (index into the document's tokens) as hashes
   * into out[at …], at most DOC_FEATURES of them; returns where they end. An array, not a
   * callback: this runs for every token of the second pass.
   */
  features(i: number, out: Uint32Array, at: number): number {
    let k = at;
    const tags = this.tags;
    const own = tags[i] as number;
    const prev = i > 0 ? (tags[i - 1] as number) : 3;
    const next = i + 1 < tags.length ? (tags[i + 1] as number) : 3;
    out[k++] = mix(T.own, own * 16 + prev * 4 + next);
    const margins = this.margins;
    if (margins !== undefined) {
      const m0 = marginBucket(margins[i] as number);
      const mp = i > 0 ? marginBucket(margins[i - 1] as number) : 9;
      const mn = i + 1 < margins.length ? marginBucket(margins[i + 1] as number) : 9;
      out[k++] = mix(T.margin, m0);
      out[k++] = mix(T.marginCtx, m0 * 100 + mp * 10 + mn);
    }
    // Counts over the other occurrences in the window, under the key that knows the most
    // (a maximum, not a sum: one occurrence can be listed under several keys). The token's
    // own occurrence is taken out.
    const selfB = own === 1 ? 1 : 0;
    const selfI = own === 2 ? 1 : 0;
    const selfLast = own === 2 && next !== 2 ? 1 : 0;
    const selfFirst = own === 1 && next === 2 ? 1 : 0;
    let asB = 0;
    let asI = 0;
    let last = 0;
    let firstOf = 0;
    let seen = 0;
    let titled = 0;
    let cued = 0;
    const cue = this.cueBefore[i] as number;
    for (const index of this.keys[i] as KeyIndex[]) {
      const lo = lowerBound(index.pos, i - this.window) * FIELDS;
      const hi = lowerBound(index.pos, i + this.window + 1) * FIELDS;
      const cum = index.cum;
      asB = Math.max(asB, (cum[hi] as number) - (cum[lo] as number) - selfB);
      asI = Math.max(asI, (cum[hi + 1] as number) - (cum[lo + 1] as number) - selfI);
      last = Math.max(last, (cum[hi + 2] as number) - (cum[lo + 2] as number) - selfLast);
      firstOf = Math.max(firstOf, (cum[hi + 3] as number) - (cum[lo + 3] as number) - selfFirst);
      seen = Math.max(seen, (cum[hi + 4] as number) - (cum[lo + 4] as number) - 1);
      titled = Math.max(
        titled,
        (cum[hi + 5] as number) - (cum[lo + 5] as number) - (cue === 1 ? 1 : 0),
      );
      cued = Math.max(
        cued,
        (cum[hi + 6] as number) - (cum[lo + 6] as number) - (cue === 2 ? 1 : 0),
      );
    }
    // Context gathered from the word's other occurrences: after a title elsewhere in the
    // document (الفنان طلعت زكريا … وكان طلعت زكريا), whatever the first pass said there.
    out[k++] = mix(T.titled, bucket(titled) * 4 + own);
    out[k++] = mix(T.cued, bucket(cued) * 4 + own);
    const b = bucket(asB);
    const ii = bucket(asI);
    out[k++] = mix(T.asB, b);
    out[k++] = mix(T.asI, ii);
    out[k++] = mix(T.last, bucket(last));
    out[k++] = mix(T.firstOf, bucket(firstOf));
    const named = asB + asI;
    // How often the word is a name among its occurrences: a word named once but seen
    // twenty times bare (الأسد the lion) is weaker evidence than one always named.
    const share = seen === 0 ? 0 : 1 + Math.min(3, Math.floor((named / seen) * 4));
    out[k++] = mix(T.seen, share * 4 + bucket(named));
    out[k++] = mix(T.pair, own * 64 + b * 16 + ii * 4 + bucket(last));
    // The same evidence for the neighbours: a word right before a surname named elsewhere
    // is likely its first name (بان before كي مون).
    out[k++] = mix(T.around, this.namedElsewhere(i - 1) * 4 + this.namedElsewhere(i + 1));
    return k;
  }

  /** How often the first pass named token i's word at its other occurrences, bucketed. */
  private namedElsewhere(i: number): number {
    if (i < 0 || i >= this.tags.length) return 0;
    const known = this.namedAround[i] as number;
    if (known >= 0) return known;
    const own = this.tags[i] !== 0 ? 1 : 0;
    let named = 0;
    for (const index of this.keys[i] as KeyIndex[]) {
      const lo = lowerBound(index.pos, i - this.window) * FIELDS;
      const hi = lowerBound(index.pos, i + this.window + 1) * FIELDS;
      const cum = index.cum;
      const n =
        (cum[hi] as number) -
        (cum[lo] as number) +
        (cum[hi + 1] as number) -
        (cum[lo + 1] as number) -
        own;
      if (n > named) named = n;
    }
    const b = bucket(named);
    this.namedAround[i] = b;
    return b;
  }
}

function lowerBound(list: readonly number[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
