/**
 * Feature hashing: a feature is a 32-bit hash of its template and value, and the model is
 * a table of weights indexed by that hash. No feature strings are stored, so the model stays
 * small, and building features allocates no strings at run time (the speed target).
 * Everything is integer arithmetic: the same text gives the same features on every engine.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, continuing from `seed`. */
export function hashString(seed: number, s: string): number {
  let h = (seed ^ FNV_OFFSET) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalize(h);
}

/**
 * hashString(seed, s.slice(start, end)) without making the slice: the prefix and suffix
 * features hash a dozen pieces of every new word, and the strings were most of its garbage.
 */
export function hashSlice(seed: number, s: string, start: number, end: number): number {
  let h = (seed ^ FNV_OFFSET) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalize(h);
}

/** Combines two hashes (a template with a value, or two values for a conjunction). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return finalize(h);
}

function finalize(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A template id: the hash of its name, computed once at module load. */
export function template(name: string): number {
  return hashString(0x5bd1e995, name);
}
