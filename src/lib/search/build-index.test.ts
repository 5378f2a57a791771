import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, docFileText } from "./build-index";
import { createSearchClient, type LoadJson } from "./search-client";
import { SEARCH_FORMAT, searchMetaSchema, bucketOf, type SearchDoc } from "./search-format";

/** A search client that reads an index built in memory, as the browser reads the site's files. */
function clientOf(files: Map<string, string>) {
  const load: LoadJson = (url, schema) => {
    const body = files.get(url.slice(1));
    if (body === undefined) return Promise.reject(new Error(`no file ${url}`));
    return Promise.resolve(schema.parse(JSON.parse(body)));
  };
  return createSearchClient("/", load);
}

const meta = (files: Map<string, string>) =>
  searchMetaSchema.parse(JSON.parse(files.get(`${SEARCH_FORMAT.DIR}/meta.json`) ?? "null"));

const WORDS = [
  "مدرسة",
  "المدرسة",
  "بالمدرسة",
  "كتاب",
  "والكتاب",
  "سوريا",
  "تركيا",
  "اجتماع",
  "وزير",
];
const docs = fc.array(
  fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    text: fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }),
  }),
  { minLength: 1, maxLength: 25 },
);
const asDocs = (list: { title: string[]; text: string[] }[]): SearchDoc[] =>
  list.map((doc, i) => ({ slug: `a-${i}`, title: doc.title.join(" "), text: doc.text.join(" ") }));

describe("the search index, built in partitions", () => {
  it("answers every word as the index built in one piece does", async () => {
    await fc.assert(
      fc.asyncProperty(docs, fc.integer({ min: 1, max: 4 }), async (list, docsPerPartition) => {
        const all = asDocs(list);
        const whole = buildSearchIndex(all, { docsPerPartition: 1_000, targetBucketBytes: 300 });
        const parted = buildSearchIndex(all, { docsPerPartition, targetBucketBytes: 300 });
        const partitions = Math.ceil(all.length / docsPerPartition);
        expect(meta(parted).buckets % partitions).toBe(0);
        for (const word of WORDS) {
          const [a, b] = await Promise.all([
            clientOf(whole).search(word),
            clientOf(parted).search(word),
          ]);
          expect(b.hits).toEqual(a.hits);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("files every key in the bucket the browser looks in", () => {
    const all = asDocs([
      { title: WORDS, text: [...WORDS, ...WORDS] },
      { title: ["كتاب"], text: [] },
    ]);
    const files = buildSearchIndex(all, { docsPerPartition: 1, targetBucketBytes: 50 });
    const { id, buckets } = meta(files);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const contents = JSON.parse(
        files.get(`${SEARCH_FORMAT.DIR}/${id}/k${bucket}.json`) ?? "null",
      );
      expect(contents, `bucket ${bucket} is written, even empty`).toBeTypeOf("object");
      for (const key of Object.keys(contents as object))
        expect(bucketOf(key, buckets)).toBe(bucket);
    }
  });

  it("keeps a long article's result file small, and still finds a word past what it keeps", async () => {
    const filler = Array.from({ length: 6_000 }, () => "كتاب").join(" ");
    const all: SearchDoc[] = [{ slug: "long", title: "مقالة طويلة", text: `${filler} سوريا` }];
    const files = buildSearchIndex(all);
    const client = clientOf(files);
    const { hits } = await client.search("سوريا");
    expect(hits.map((hit) => hit.doc)).toEqual([0]);
    const doc = await client.doc(0);
    expect(doc.text.length).toBeLessThanOrEqual(SEARCH_FORMAT.DOC_TEXT_CHARS);
    expect(filler.startsWith(doc.text)).toBe(true);
    expect(doc.text.endsWith("كتاب"), "cut at a space, not inside a word").toBe(true);
  });

  it("keeps a text within the limit whole", () => {
    const text = "ذهب الوزير إلى المدرسة";
    expect(docFileText(text)).toBe(text);
    const atLimit = "ب".repeat(SEARCH_FORMAT.DOC_TEXT_CHARS);
    expect(docFileText(atLimit)).toBe(atLimit);
  });
});
