/**
 * A layer's weight table for decoding, without its empty rows. The dense table has 2^20
 * rows of 3 float32 (12 MB), of which the shipped model fills about 50,000: every lookup
 * there is a cache miss. Here a bitmap of the filled rows, with a running count every 32
 * rows, leads to the filled rows packed together: under 1 MB, which stays in cache.
 *
 * Lookups give exactly the dense table's float32 values. A missing row is all zeros, and
 * adding +0 to a sum that started from +0 changes nothing (such a sum is never −0), so a
 * caller may skip missing rows instead of adding their zeros.
 */
import { TAG_COUNT } from "./model.ts";

export class PackedWeights {
  /**
   * index[2w]: bit r set when row 32w + r has a non-zero weight; index[2w + 1]: how many
   * such rows come before row 32w. Side by side, so one lookup touches one cache line.
   */
  readonly index: Int32Array;
  /** The filled rows' weights, 3 per row (O, B, I), in row order. */
  readonly rows: Float32Array;

  constructor(dense: Float32Array) {
    const rowCount = Math.ceil(dense.length / TAG_COUNT);
    this.index = new Int32Array(Math.ceil(rowCount / 32) * 2);
    let filled = 0;
    for (let r = 0; r < rowCount; r++) {
      const base = r * TAG_COUNT;
      if (r % 32 === 0) this.index[(r >>> 5) * 2 + 1] = filled;
      if (dense[base] !== 0 || dense[base + 1] !== 0 || dense[base + 2] !== 0) {
        this.index[(r >>> 5) * 2] = (this.index[(r >>> 5) * 2] as number) | (1 << (r & 31));
        filled++;
      }
    }
    this.rows = new Float32Array(filled * TAG_COUNT);
    let at = 0;
    for (let r = 0; r < rowCount; r++) {
      const base = r * TAG_COUNT;
      if (dense[base] !== 0 || dense[base + 1] !== 0 || dense[base + 2] !== 0) {
        this.rows[at++] = dense[base] as number;
        this.rows[at++] = dense[base + 1] as number;
        this.rows[at++] = dense[base + 2] as number;
      }
    }
  }

  /** Where row `bucket` starts in `rows`, or −1 when the row is all zeros. */
  find(bucket: number): number {
    const slot = (bucket >>> 5) * 2;
    const bits = this.index[slot] as number;
    const bit = 1 << (bucket & 31);
    if ((bits & bit) === 0) return -1;
    return ((this.index[slot + 1] as number) + popcount(bits & (bit - 1))) * TAG_COUNT;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

const packed = new WeakMap<Float32Array, PackedWeights>();

/** The packed form of a dense table, made once per table (a model's layers are not changed after loading). */
export function packWeights(dense: Float32Array): PackedWeights {
  let p = packed.get(dense);
  if (p === undefined) {
    p = new PackedWeights(dense);
    packed.set(dense, p);
  }
  return p;
}
