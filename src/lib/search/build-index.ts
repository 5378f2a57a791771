/**
 * Makes the full-text search's files (the layout is in search-format.ts), for the build
 * (scripts/lib/search-files.ts) and tests; the browser never imports it:
 * every article's title and text, folded and split into words, each word filed under its
 * keys (wordKeys: with and without its clitics), then the keys spread over hash buckets of
 * about TARGET_BUCKET_BYTES each.
 *
 *   buildSearchIndex([{ slug: "a", title: "مدرسة", text: "ذهب إلى المدرسة" }])
 *     → Map { "search/meta.json" → …, "search/<id>/k0.json" → …, "search/<id>/d0.json" → … }
 */
import type { Article } from "../../article/schema.ts";
import {
  bucketOf,
  bucketPath,
  deltaEncode,
  docPath,
  hashKey,
  metaPath,
  SEARCH_FORMAT,
  type Postings,
  type SearchDoc,
  type SearchMeta,
} from "./search-format.ts";
import { searchWords, wordKeys } from "../../text/search-words.ts";

export interface SearchIndexOptions {
  targetBucketBytes?: number;
  postingCap?: number;
}

/**
 * The text a search looks in: the section headings and paragraphs, in order. Read-also
 * lines are left out: they name another article, and a search for that article's title
 * must not offer this one.
 */
export function articleSearchText(article: Article): string {
  const parts: string[] = [];
  for (const section of article.sections) {
    if (section.heading) parts.push(section.heading);
    for (const block of section.blocks) if (block.type === "paragraph") parts.push(block.text);
  }
  return parts.join("\n");
}

export function searchDoc(article: Article): SearchDoc {
  return { slug: article.slug, title: article.title, text: articleSearchText(article) };
}

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

/** Two FNV-1a hashes chained over every file: 16 hex digits that change with any byte. */
function contentId(files: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x2f1a3c5d;
  for (const file of files) {
    a = hashKey(`${a.toString(36)}${file}`);
    b = hashKey(`${file}${b.toString(36)}`);
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** Collects postings doc by doc; ids come in ascending order, so each list stays sorted. */
class PostingsBuilder {
  readonly ids = new Map<string, number[]>();
  readonly weights = new Map<string, number[]>();
  private readonly keysOf = new Map<string, string[]>();

  add(doc: number, { title, text }: SearchDoc): void {
    const local = new Map<string, number>();
    const count = (words: string[], weight: number) => {
      for (const word of words) {
        let keys = this.keysOf.get(word);
        if (!keys) this.keysOf.set(word, (keys = wordKeys(word)));
        for (const key of keys) local.set(key, (local.get(key) ?? 0) + weight);
      }
    };
    count(searchWords(title), SEARCH_FORMAT.TITLE_WEIGHT);
    count(searchWords(text), 1);
    for (const [key, weight] of local) {
      const ids = this.ids.get(key);
      if (ids) {
        ids.push(doc);
        this.weights.get(key)?.push(weight);
      } else {
        this.ids.set(key, [doc]);
        this.weights.set(key, [weight]);
      }
    }
  }
}

/** The `cap` heaviest postings (ties: the earlier document), back in id order. */
export function capPostings(ids: readonly number[], weights: readonly number[], cap: number) {
  if (ids.length <= cap) return { ids: [...ids], weights: [...weights] };
  const order = ids.map((_, i) => i);
  order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const kept = order.slice(0, cap).sort((a, b) => a - b);
  return { ids: kept.map((i) => ids[i] ?? 0), weights: kept.map((i) => weights[i] ?? 0) };
}

export function buildSearchIndex(
  docs: Iterable<SearchDoc>,
  options: SearchIndexOptions = {},
): Map<string, string> {
  const target = options.targetBucketBytes ?? SEARCH_FORMAT.TARGET_BUCKET_BYTES;
  const cap = options.postingCap ?? SEARCH_FORMAT.POSTING_CAP;
  const builder = new PostingsBuilder();
  const docFiles: string[] = [];
  for (const doc of docs) {
    builder.add(docFiles.length, doc);
    docFiles.push(JSON.stringify(doc));
  }

  const entries: [string, Postings][] = [];
  let totalBytes = 0;
  for (const [key, allIds] of builder.ids) {
    const kept = capPostings(allIds, builder.weights.get(key) ?? [], cap);
    const postings: Postings = [allIds.length, deltaEncode(kept.ids), kept.weights];
    entries.push([key, postings]);
    totalBytes += utf8Length(JSON.stringify(key)) + JSON.stringify(postings).length + 2;
  }

  const buckets = Math.max(1, Math.ceil(totalBytes / target));
  const grouped: Record<string, Postings>[] = Array.from({ length: buckets }, () => ({}));
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, postings] of entries) {
    const bucket = grouped[bucketOf(key, buckets)];
    if (bucket) bucket[key] = postings;
  }
  const bucketFiles = grouped.map((bucket) => JSON.stringify(bucket));

  const id = contentId([...bucketFiles, ...docFiles]);

  const meta: SearchMeta = {
    version: SEARCH_FORMAT.VERSION,
    id,
    docs: docFiles.length,
    buckets,
    cap,
  };
  const files = new Map<string, string>([[metaPath(), JSON.stringify(meta)]]);
  bucketFiles.forEach((file, bucket) => files.set(bucketPath(id, bucket), file));
  docFiles.forEach((file, doc) => files.set(docPath(id, doc), file));
  return files;
}
