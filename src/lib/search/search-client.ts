/**
 * Answers a query from the search's static files (layout: search-format.ts): meta.json
 * once, then one bucket per query key, each fetched once per page load.
 *
 * A document matches a word when it has one of the word's keys (queryTerms: the word with
 * and without its clitics). It must match every word, except a word so common that its
 * postings were capped: that word still ranks, but cannot prove a document lacks it.
 * A hit on the word's own form weighs more than one on a shorter key ("كتاب" over "تاب").
 */
import type * as z from "zod/mini";
import { queryTerms } from "../../text/search-words.ts";
import {
  bucketOf,
  bucketPath,
  deltaDecode,
  docPath,
  metaPath,
  searchBucketSchema,
  searchDocSchema,
  searchMetaSchema,
  type SearchBucket,
  type SearchDoc,
  type SearchMeta,
} from "./search-format.ts";

/** Fetches and validates one file; the app's is fetchJson. */
export type LoadJson = <Schema extends z.ZodMiniType>(
  url: string,
  schema: Schema,
) => Promise<z.infer<Schema>>;

export interface SearchHit {
  doc: number;
  score: number;
}

export interface SearchAnswer {
  /** Every key of every query word: what a snippet marks. */
  keys: string[];
  hits: SearchHit[];
}

export const SEARCH_SCORING = {
  /** A hit on a key shorter than the query word itself (a clitic taken off it). */
  STEM_FACTOR: 0.6,
} as const;

export interface SearchClient {
  search(query: string): Promise<SearchAnswer>;
  doc(doc: number): Promise<SearchDoc>;
}

export function createSearchClient(baseUrl: string, load: LoadJson): SearchClient {
  const cache = new Map<string, Promise<unknown>>();
  // A failed file is fetched again next time, not remembered as failed. Files are shared
  // between queries, so one query's cancellation does not cancel them.
  function once<T>(url: string, fetchIt: () => Promise<T>): Promise<T> {
    const known = cache.get(url) as Promise<T> | undefined;
    if (known) return known;
    const loading = fetchIt();
    cache.set(url, loading);
    loading.catch(() => cache.delete(url));
    return loading;
  }
  const file = <Schema extends z.ZodMiniType>(path: string, schema: Schema) =>
    once(`${baseUrl}${path}`, () => load(`${baseUrl}${path}`, schema));

  const meta = (): Promise<SearchMeta> => file(metaPath(), searchMetaSchema);

  return {
    async search(query) {
      const terms = queryTerms(query);
      const keys = terms.flatMap((term) => term.keys);
      if (terms.length === 0) return { keys, hits: [] };
      const { id, buckets, docs } = await meta();
      const bucketFor = (key: string): Promise<SearchBucket> =>
        file(bucketPath(id, bucketOf(key, buckets)), searchBucketSchema);
      const loaded = await Promise.all(
        terms.map((term) => Promise.all(term.keys.map(async (key) => (await bucketFor(key))[key]))),
      );
      return { keys, hits: rank(terms, loaded, docs) };
    },
    async doc(doc) {
      const { id } = await meta();
      return file(docPath(id, doc), searchDocSchema);
    },
  };
}

type Term = ReturnType<typeof queryTerms>[number];

/** Scores per term (best key per document), then keeps the documents every complete term has. */
export function rank(
  terms: readonly Term[],
  postingsPerTerm: readonly (readonly (SearchBucket[string] | undefined)[])[],
  totalDocs: number,
): SearchHit[] {
  const perTerm = terms.map((term, t) => {
    const scores = new Map<number, number>();
    let complete = true;
    term.keys.forEach((key, k) => {
      const postings = postingsPerTerm[t]?.[k];
      if (!postings) return;
      const [df, deltas, weights] = postings;
      if (df > deltas.length) complete = false;
      const idf = Math.log(1 + totalDocs / Math.max(1, df));
      const factor = key === term.word ? 1 : SEARCH_SCORING.STEM_FACTOR;
      deltaDecode(deltas).forEach((doc, i) => {
        const score = factor * idf * (1 + Math.log(weights[i] ?? 1));
        if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
      });
    });
    return { scores, complete };
  });

  const filters = perTerm.filter((term) => term.complete);
  const candidates = (filters.length > 0 ? filters : perTerm)
    .map((term) => term.scores)
    .sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = candidates;
  if (!smallest) return [];
  const hits: SearchHit[] = [];
  for (const doc of smallest.keys()) {
    if (!rest.every((scores) => scores.has(doc))) continue;
    const score = perTerm.reduce((sum, term) => sum + (term.scores.get(doc) ?? 0), 0);
    hits.push({ doc, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
