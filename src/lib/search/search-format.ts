/**
 * The full-text search's files, shared by the build that writes them
 * (build-index.ts) and the browser that reads them (search-client.ts).
 *
 *   search/meta.json               { version, id, docs, buckets, cap }  (a few dozen bytes)
 *   search/<id>/k<bucket>.json     the keys whose hash falls in that bucket, with postings
 *   search/<id>/d<doc>.json        one article's slug, title and text (its first DOC_TEXT_CHARS), for its snippet
 *
 * A query reads meta.json, one bucket per key of each query word, and one document file per
 * result shown: a fixed number of small files, whatever the library's size. The build picks
 * the bucket count so that a bucket stays near TARGET_BUCKET_BYTES, and caps each key's
 * postings at `cap` documents, so neither grows with the library. `id` is a hash of the
 * content: a page open across a deploy never mixes an old meta with new buckets.
 */
import * as z from "zod/mini";

export const SEARCH_FORMAT = {
  VERSION: 1,
  DIR: "search",
  /** A bucket's size, before compression, that the build aims at. */
  TARGET_BUCKET_BYTES: 24_000,
  /** Postings kept per key: the documents where it weighs most. */
  POSTING_CAP: 800,
  /** A title word counts as this many body words. */
  TITLE_WEIGHT: 5,
  /** A result's file keeps this much of the article's text, for its snippet. */
  DOC_TEXT_CHARS: 20_000,
  /** The build holds the postings of about this many documents in memory at once. */
  DOCS_PER_PARTITION: 2_000,
} as const;

const count = z.int().check(z.nonnegative());

export const searchMetaSchema = z.object({
  version: z.literal(SEARCH_FORMAT.VERSION),
  id: z.string().check(z.regex(/^[0-9a-f]{8,40}$/)),
  docs: count,
  buckets: z.int().check(z.positive()),
  cap: z.int().check(z.positive()),
});

/**
 * key → [df, ids, weights]: `df` is how many documents have the key (more than ids.length
 * when the postings were capped), `ids` ascending and delta-coded, `weights` the key's
 * weight in each (title words count TITLE_WEIGHT times).
 */
export const searchBucketSchema = z.record(
  z.string(),
  z.tuple([count, z.array(count), z.array(count)]),
);

export const searchDocSchema = z.object({
  slug: z.string(),
  title: z.string(),
  text: z.string(),
});

export type SearchMeta = z.infer<typeof searchMetaSchema>;
export type SearchBucket = z.infer<typeof searchBucketSchema>;
export type SearchDoc = z.infer<typeof searchDocSchema>;
export type Postings = SearchBucket[string];

/** FNV-1a over UTF-16 units: the same bucket in Node and in every browser. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function bucketOf(key: string, buckets: number): number {
  return hashKey(key) % buckets;
}

export const metaPath = () => `${SEARCH_FORMAT.DIR}/meta.json`;
/** A bucket's and a document's file, inside the index's folder. */
export const bucketFile = (bucket: number) => `k${bucket}.json`;
export const docFile = (doc: number) => `d${doc}.json`;
export const bucketPath = (id: string, bucket: number) =>
  `${SEARCH_FORMAT.DIR}/${id}/${bucketFile(bucket)}`;
export const docPath = (id: string, doc: number) => `${SEARCH_FORMAT.DIR}/${id}/${docFile(doc)}`;

/** [3, 5, 9] → [3, 2, 4] and back. */
export function deltaEncode(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] ?? 0)));
}

export function deltaDecode(deltas: readonly number[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const delta of deltas) {
    last += delta;
    out.push(last);
  }
  return out;
}
