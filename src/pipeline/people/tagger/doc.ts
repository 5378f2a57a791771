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
import { FUNCTION_WORDS, featureFold, splitClitics, stripEdgePunct } from "./arabic";
import { mix, template } from "./hash";

const T = {
  own: template("doc-own"),
  near: template("doc-near"),
  asB: template("doc-asB"),
  asI: template("doc-asI"),
  last: template("doc-last"),
  firstOf: template("doc-firstOf"),
  seen: template("doc-seen"),
  pair: template("doc-pair"),
};

/** The keys a word is matched under across the document: as written, and without proclitics. */
function docKeys(token: string): string[] {
  const f = featureFold(token);
  const bare = stripEdgePunct(f);
  if (bare.length < 2 || FUNCTION_WORDS.has(bare)) return [];
  const split = splitClitics(bare);
  const keys = [bare];
  if (split.noConj !== bare) keys.push(split.noConj);
  if (split.noPrep !== split.noConj) keys.push(split.noPrep);
  return keys;
}

function bucket(n: number): number {
  return n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3;
}

/** Occurrences of one key: sorted positions and running counts of what the first pass said. */
interface KeyIndex {
  pos: number[];
  /** cum[k * 5 + c]: counts over the first k occurrences; c = B, I, last, firstOfLong, seen. */
  cum: number[];
}

const FIELDS = 5;

export class DocContext {
  private readonly byKey = new Map<string, KeyIndex>();
  private readonly keys: string[][];

  /**
   * @param tokens every token of the document, in order
   * @param tags the first pass's tags for them (0 O, 1 B, 2 I)
   * @param window how many tokens either side count as the same document (Infinity: all)
   */
  constructor(
    tokens: readonly string[],
    private readonly tags: Uint8Array,
    private readonly window: number,
  ) {
    const cache = new Map<string, string[]>();
    this.keys = tokens.map((t) => {
      let k = cache.get(t);
      if (k === undefined) {
        k = docKeys(t);
        cache.set(t, k);
      }
      return k;
    });
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const tag = tags[i] as number;
      const nextI = i + 1 < n && tags[i + 1] === 2;
      const counts = [tag === 1 ? 1 : 0, tag === 2 ? 1 : 0, tag === 2 && !nextI ? 1 : 0, tag === 1 && nextI ? 1 : 0, 1];
      for (const k of this.keys[i] as string[]) {
        let index = this.byKey.get(k);
        if (index === undefined) {
          index = { pos: [], cum: [0, 0, 0, 0, 0] };
          this.byKey.set(k, index);
        }
        const base = index.pos.length * FIELDS;
        index.pos.push(i);
        for (let c = 0; c < FIELDS; c++) index.cum.push((index.cum[base + c] as number) + (counts[c] as number));
      }
    }
  }

  /** Pushes the document features of token `i` (index into the document's tokens). */
  features(i: number, push: (hash: number) => void): void {
    const tags = this.tags;
    const own = tags[i] as number;
    const prev = i > 0 ? (tags[i - 1] as number) : 3;
    const next = i + 1 < tags.length ? (tags[i + 1] as number) : 3;
    push(mix(T.own, own * 16 + prev * 4 + next));
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
    for (const k of this.keys[i] as string[]) {
      const index = this.byKey.get(k);
      if (index === undefined) continue;
      const lo = lowerBound(index.pos, i - this.window) * FIELDS;
      const hi = lowerBound(index.pos, i + this.window + 1) * FIELDS;
      const cum = index.cum;
      asB = Math.max(asB, (cum[hi] as number) - (cum[lo] as number) - selfB);
      asI = Math.max(asI, (cum[hi + 1] as number) - (cum[lo + 1] as number) - selfI);
      last = Math.max(last, (cum[hi + 2] as number) - (cum[lo + 2] as number) - selfLast);
      firstOf = Math.max(firstOf, (cum[hi + 3] as number) - (cum[lo + 3] as number) - selfFirst);
      seen = Math.max(seen, (cum[hi + 4] as number) - (cum[lo + 4] as number) - 1);
    }
    const b = bucket(asB);
    const ii = bucket(asI);
    push(mix(T.asB, b));
    push(mix(T.asI, ii));
    push(mix(T.last, bucket(last)));
    push(mix(T.firstOf, bucket(firstOf)));
    const named = asB + asI;
    // How often the word is a name among its occurrences: a word named once but seen
    // twenty times bare (الأسد the lion) is weaker evidence than one always named.
    const share = seen === 0 ? 0 : 1 + Math.min(3, Math.floor((named / seen) * 4));
    push(mix(T.seen, share * 4 + bucket(named)));
    push(mix(T.pair, own * 64 + b * 16 + ii * 4 + bucket(last)));
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
