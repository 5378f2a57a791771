/**
 * Articles for the benchmark, made from the seed's own sentences and sub-headings with a
 * seeded PRNG: the same arguments give the same articles, byte for byte, on any machine.
 *
 *   makeLongArticle()      → one article, 200 sections, 50,000 words (the long-article test)
 *   makeArticles(10_000)   → 10,000 ordinary articles (the pipeline benchmark)
 *
 *   npx tsx bench/make-articles.ts --out <dir> [--count N] [--long]   # writes them as seeds
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_FILE = path.join(ROOT, "seeds", "000_ba3d84ed962b3426.txt");

export const MAKE = {
  LONG_SECTIONS: 200,
  LONG_WORDS: 50_000,
  LONG_SLUG: "long-article",
  /** Ordinary articles: this many sub-headed sections and words (inclusive ranges). */
  SECTIONS: [2, 8] as const,
  WORDS: [300, 1_500] as const,
  /** Sentences per paragraph, and how often a read-also line follows one. */
  PARAGRAPH_SENTENCES: [1, 4] as const,
  READ_ALSO_EVERY: 6,
  READ_ALSO_LABELS: ["اقرأ أيضاً: ", "إقرأ أيضًا: ", "اقرأ ايضا - "],
  /** A seed line is a sub-heading when it is short and does not end a sentence. */
  HEADING_MAX_WORDS: 14,
  SENTENCE_END: /[.!؟…]$/,
  /** Sentence boundaries inside a paragraph: after . ! ؟ … and a space. */
  SENTENCE_SPLIT: /(?<=[.!؟…])\s+/,
  WORDS_SPLIT: /\s+/,
} as const;

export interface MadeArticle {
  /** The seed file name it would have ("bench-00001.txt"). */
  file: string;
  text: string;
  words: number;
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. mulberry32(1)() → 0.6270739405881613 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedMaterial {
  title: string;
  headings: string[];
  sentences: string[];
}

/** The seed's title, sub-headings and sentences (boilerplate and read-also lines left out). */
export function seedMaterial(text: string = readFileSync(SEED_FILE, "utf8")): SeedMaterial {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("تخطى") && !l.startsWith("اقرأ"));
  const [title = "", ...body] = lines;
  const isHeading = (l: string) =>
    l.split(MAKE.WORDS_SPLIT).length <= MAKE.HEADING_MAX_WORDS && !MAKE.SENTENCE_END.test(l);
  return {
    title,
    headings: body.filter(isHeading),
    sentences: body.filter((l) => !isHeading(l)).flatMap((p) => p.split(MAKE.SENTENCE_SPLIT)),
  };
}

const wordCount = (text: string) => text.split(MAKE.WORDS_SPLIT).filter(Boolean).length;

/** rng in [0, 1) → an integer in [lo, hi] */
const between = (rng: () => number, [lo, hi]: readonly [number, number]) =>
  lo + Math.floor(rng() * (hi - lo + 1));
const pickFrom = <T>(rng: () => number, list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T;

/**
 * One article: a title, a lead paragraph, then `sections` sub-headed sections sharing
 * `words` words of paragraphs (at least one paragraph each), with a read-also line now and then.
 */
export function makeArticle(
  rng: () => number,
  material: SeedMaterial,
  sections: number,
  words: number,
  n: number,
): string {
  const lines: string[] = [];
  // Every line's words count (title, headings, read-also lines), so the article ends near `words`.
  let written = 0;
  const push = (line: string) => {
    lines.push(line);
    written += wordCount(line);
  };
  let paragraphs = 0;
  const paragraph = (target: number) => {
    const sentences: string[] = [];
    let words = 0;
    for (
      let k = between(rng, MAKE.PARAGRAPH_SENTENCES);
      k > 0 && (sentences.length === 0 || written + words < target);
      k--
    ) {
      const sentence = pickFrom(rng, material.sentences);
      sentences.push(sentence);
      words += wordCount(sentence);
    }
    push(sentences.join(" "));
    if (++paragraphs % MAKE.READ_ALSO_EVERY === 0)
      push(pickFrom(rng, MAKE.READ_ALSO_LABELS) + pickFrom(rng, material.headings));
  };
  push(`${pickFrom(rng, material.headings)} (${n})`);
  paragraph(0);
  for (let s = 0; s < sections; s++) {
    // Numbered so that sections are told apart (ids, outline) as in a real long article.
    push(`${pickFrom(rng, material.headings)} ${s + 1}`);
    const target = Math.round((words * (s + 1)) / sections);
    do paragraph(target);
    while (written < target);
  }
  return `${lines.join("\n\n")}\n`;
}

/** The long article: 200 sections, 50,000 words (give or take a sentence). */
export function makeLongArticle(seed = 1, material: SeedMaterial = seedMaterial()): MadeArticle {
  const text = makeArticle(mulberry32(seed), material, MAKE.LONG_SECTIONS, MAKE.LONG_WORDS, 0);
  return { file: `${MAKE.LONG_SLUG}.txt`, text, words: wordCount(text) };
}

/** `count` ordinary articles, "bench-00001.txt" …, each 2–8 sections and 300–1,500 words. */
export function makeArticles(
  count: number,
  seed = 1,
  material: SeedMaterial = seedMaterial(),
  /** Called after each article (a progress bar). */
  onMade: () => void = () => {},
): MadeArticle[] {
  const rng = mulberry32(seed);
  const out: MadeArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const text = makeArticle(
      rng,
      material,
      between(rng, MAKE.SECTIONS),
      between(rng, MAKE.WORDS),
      i,
    );
    out.push({ file: `bench-${String(i).padStart(5, "0")}.txt`, text, words: wordCount(text) });
    onMade();
  }
  return out;
}

/** ["--out", "d", "--count", "3", "--long"] → { outDir: "d", count: 3, long: true } */
export function parseArgs(argv: readonly string[]): {
  outDir: string;
  count: number;
  long: boolean;
} {
  const usage = "usage: npx tsx bench/make-articles.ts --out <dir> [--count N] [--long]";
  let outDir: string | undefined;
  let count = 0;
  let long = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--long") long = true;
    else if (arg === "--out" && argv[i + 1]) outDir = argv[++i];
    else if (arg === "--count" && /^\d+$/.test(argv[i + 1] ?? "")) count = Number(argv[++i]);
    else throw new Error(`${usage} (got "${arg}")`);
  }
  if (outDir === undefined || (count === 0 && !long)) throw new Error(usage);
  return { outDir, count, long };
}

function main(): void {
  try {
    const { outDir, count, long } = parseArgs(process.argv.slice(2));
    mkdirSync(outDir, { recursive: true });
    const material = seedMaterial();
    const articles = [
      ...(long ? [makeLongArticle(1, material)] : []),
      ...makeArticles(count, 1, material),
    ];
    for (const a of articles) writeFileSync(path.join(outDir, a.file), a.text);
    if (long)
      writeFileSync(
        path.join(outDir, `${MAKE.LONG_SLUG}.meta.json`),
        `${JSON.stringify({ slug: MAKE.LONG_SLUG })}\n`,
      );
    console.log(`wrote ${articles.length} article(s) to ${outDir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
