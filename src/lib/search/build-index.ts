/**
 * Makes the full-text search's files (the layout is in search-format.ts), for the build
 * (scripts/lib/search-files.ts) and tests; the browser never imports it:
 * every article's title and text, folded and split into words, each word filed under its
 * keys (wordKeys: with and without its clitics), then the keys spread over hash buckets of
 * about TARGET_BUCKET_BYTES each.
 *
 * Memory does not grow with the library: documents stream through one at a time (each
 * document file is written as it comes), and their postings wait in partitions, split by
 * the key's hash, that are read back one at a time. The bucket count is a multiple of the
 * partition count, so every bucket's keys lie in one partition.
 *
 *   const store = memorySearchStore();
 *   writeSearchIndex([{ slug: "a", title: "مدرسة", text: "ذهب إلى المدرسة" }], store);
 *   store.files → Map { "search/<id>/d0.json" → …, "search/<id>/k0.json" → …, "search/meta.json" → … }
 */
import type { Article } from "../../article/schema.ts";
import {
  bucketFile,
  bucketOf,
  deltaEncode,
  docFile,
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
  /** How many documents the postings of one partition come from, at most on average. */
  docsPerPartition?: number;
}

/**
 * Where an index goes while it is built. Files are named inside the index's own folder
 * ("d3.json", "k0.json") until `commit` files them under the content id; postings are
 * appended to a partition as lines and read back whole.
 */
export interface SearchIndexStore {
  write(name: string, contents: string): void;
  append(partition: number, lines: string): void;
  read(partition: number): string;
  commit(id: string, meta: string): void;
}

/** A store that keeps everything in memory: for tests and the dev server's small library. */
export function memorySearchStore(): SearchIndexStore & { files: Map<string, string> } {
  const pending = new Map<string, string>();
  const partitions = new Map<number, string[]>();
  const files = new Map<string, string>();
  return {
    files,
    write: (name, contents) => void pending.set(name, contents),
    append: (partition, lines) => {
      const list = partitions.get(partition);
      if (list) list.push(lines);
      else partitions.set(partition, [lines]);
    },
    read: (partition) => (partitions.get(partition) ?? []).join(""),
    commit(id, meta) {
      files.set(metaPath(), meta);
      for (const [name, contents] of pending)
        files.set(`${SEARCH_FORMAT.DIR}/${id}/${name}`, contents);
    },
  };
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

/**
 * A result's file keeps the text its snippet is cut from, up to DOC_TEXT_CHARS, cut at a
 * space: a result costs a few kilobytes whatever the article's length. The index itself
 * has every word of the text, so a word further on still finds the article.
 */
export function docFileText(text: string): string {
  if (text.length <= SEARCH_FORMAT.DOC_TEXT_CHARS) return text;
  const space = text.lastIndexOf(" ", SEARCH_FORMAT.DOC_TEXT_CHARS);
  return text.slice(0, space > 0 ? space : SEARCH_FORMAT.DOC_TEXT_CHARS);
}

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

/** Two FNV-1a hashes chained over every file: 16 hex digits that change with any byte. */
class ContentId {
  private a = 0x811c9dc5;
  private b = 0x2f1a3c5d;
  add(file: string): void {
    this.a = hashKey(`${this.a.toString(36)}${file}`);
    this.b = hashKey(`${file}${this.b.toString(36)}`);
  }
  toString(): string {
    return this.a.toString(16).padStart(8, "0") + this.b.toString(16).padStart(8, "0");
  }
}

/** Each key of a document with its weight there (title words count TITLE_WEIGHT times). */
class KeyWeights {
  // Words repeat across documents: their keys are worked out once, in a cache kept bounded.
  private readonly keysOf = new Map<string, string[]>();

  of({ title, text }: SearchDoc): Map<string, number> {
    const weights = new Map<string, number>();
    const count = (words: string[], weight: number) => {
      for (const word of words) {
        let keys = this.keysOf.get(word);
        if (!keys) {
          if (this.keysOf.size >= 200_000) this.keysOf.clear();
          this.keysOf.set(word, (keys = wordKeys(word)));
        }
        for (const key of keys) weights.set(key, (weights.get(key) ?? 0) + weight);
      }
    };
    count(searchWords(title), SEARCH_FORMAT.TITLE_WEIGHT);
    count(searchWords(text), 1);
    return weights;
  }
}

/**
 * Postings on their way to the partitions: one line per document and partition,
 * "doc\tkey\tweight\tkey\tweight…", held until a few megabytes have gathered.
 */
class PostingsSpill {
  private readonly lines: string[][];
  private held = 0;

  constructor(
    private readonly store: SearchIndexStore,
    readonly partitions: number,
  ) {
    this.lines = Array.from({ length: partitions }, () => []);
  }

  add(doc: number, weights: Map<string, number>): void {
    const parts: string[][] = Array.from({ length: this.partitions }, () => []);
    for (const [key, weight] of weights)
      parts[hashKey(key) % this.partitions]?.push(key, String(weight));
    parts.forEach((part, partition) => {
      if (part.length === 0) return;
      const line = `${doc}\t${part.join("\t")}\n`;
      this.lines[partition]?.push(line);
      this.held += line.length;
    });
    if (this.held > 8_000_000) this.flush();
  }

  flush(): void {
    this.lines.forEach((lines, partition) => {
      if (lines.length > 0) this.store.append(partition, lines.join(""));
      lines.length = 0;
    });
    this.held = 0;
  }
}

/** A partition's keys with their postings, capped, in key order. */
function partitionEntries(lines: string, cap: number): [string, Postings][] {
  const ids = new Map<string, number[]>();
  const weights = new Map<string, number[]>();
  for (const line of lines.split("\n")) {
    if (!line) continue;
    const fields = line.split("\t");
    const doc = Number(fields[0]);
    for (let i = 1; i + 1 < fields.length; i += 2) {
      const key = fields[i] ?? "";
      const weight = Number(fields[i + 1]);
      const keyIds = ids.get(key);
      if (keyIds) {
        keyIds.push(doc);
        weights.get(key)?.push(weight);
      } else {
        ids.set(key, [doc]);
        weights.set(key, [weight]);
      }
    }
  }
  const entries: [string, Postings][] = [];
  for (const [key, allIds] of ids) {
    const kept = capPostings(allIds, weights.get(key) ?? [], cap);
    entries.push([key, [allIds.length, deltaEncode(kept.ids), kept.weights]]);
  }
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const entryBytes = (key: string, postings: Postings) =>
  utf8Length(JSON.stringify(key)) + JSON.stringify(postings).length + 2;

/** The `cap` heaviest postings (ties: the earlier document), back in id order. */
export function capPostings(ids: readonly number[], weights: readonly number[], cap: number) {
  if (ids.length <= cap) return { ids: [...ids], weights: [...weights] };
  const order = ids.map((_, i) => i);
  order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const kept = order.slice(0, cap).sort((a, b) => a - b);
  return { ids: kept.map((i) => ids[i] ?? 0), weights: kept.map((i) => weights[i] ?? 0) };
}

/**
 * Writes the index of `docs` (in the library's order) through `store`; `docCount` is how
 * many there are, which sets the partitions before the first document arrives.
 */
export function writeSearchIndex(
  docs: Iterable<SearchDoc>,
  store: SearchIndexStore,
  { docCount = 0, ...options }: SearchIndexOptions & { docCount?: number } = {},
): SearchMeta {
  const target = options.targetBucketBytes ?? SEARCH_FORMAT.TARGET_BUCKET_BYTES;
  const cap = options.postingCap ?? SEARCH_FORMAT.POSTING_CAP;
  const perPartition = options.docsPerPartition ?? SEARCH_FORMAT.DOCS_PER_PARTITION;
  const spill = new PostingsSpill(store, Math.max(1, Math.ceil(docCount / perPartition)));
  const id = new ContentId();
  const keyWeights = new KeyWeights();

  let count = 0;
  for (const doc of docs) {
    const file = JSON.stringify({ ...doc, text: docFileText(doc.text) });
    store.write(docFile(count), file);
    id.add(file);
    spill.add(count, keyWeights.of(doc));
    count += 1;
  }
  spill.flush();

  // The bucket count comes from the index's size, known once every partition is read; the
  // partitions are then read and grouped a second time rather than kept, since keeping
  // them would hold the whole index in memory.
  const { partitions } = spill;
  let totalBytes = 0;
  for (let partition = 0; partition < partitions; partition++) {
    for (const [key, postings] of partitionEntries(store.read(partition), cap))
      totalBytes += entryBytes(key, postings);
  }
  const buckets = partitions * Math.max(1, Math.ceil(totalBytes / target / partitions));

  // Bucket b holds the keys whose hash is b modulo `buckets`: all in partition b modulo
  // `partitions`, since one count divides the other.
  for (let partition = 0; partition < partitions; partition++) {
    const grouped = new Map<number, Record<string, Postings>>();
    for (let bucket = partition; bucket < buckets; bucket += partitions) grouped.set(bucket, {});
    for (const [key, postings] of partitionEntries(store.read(partition), cap)) {
      const bucket = grouped.get(bucketOf(key, buckets));
      if (bucket) bucket[key] = postings;
    }
    for (const [bucket, contents] of grouped) {
      const file = JSON.stringify(contents);
      store.write(bucketFile(bucket), file);
      id.add(file);
    }
  }

  const meta: SearchMeta = {
    version: SEARCH_FORMAT.VERSION,
    id: id.toString(),
    docs: count,
    buckets,
    cap,
  };
  store.commit(meta.id, JSON.stringify(meta));
  return meta;
}

/** The index in memory (tests, the dev server): relative path → contents. */
export function buildSearchIndex(
  docs: readonly SearchDoc[] | Iterable<SearchDoc>,
  options: SearchIndexOptions & { docCount?: number } = {},
): Map<string, string> {
  const store = memorySearchStore();
  const docCount = options.docCount ?? (Array.isArray(docs) ? docs.length : 0);
  writeSearchIndex(docs, store, { ...options, docCount });
  return store.files;
}
