/**
 * Builds two word lists for the cue recognizer from the ANERcorp training part
 * (Benajiba, Rosso and Benedí Ruiz, 2007; CC BY-SA 4.0):
 *  - src/pipeline/people/given-names.ts: a gazetteer of frequent given names;
 *  - src/pipeline/people/common-words.ts: frequent words never tagged as (part of) a person,
 *    which end a run of name words ("أنالينا بيربوك دعم" → "أنالينا بيربوك").
 *
 *   npx tsx scripts/build-name-lexicon.ts [path/to/train.txt] [--min 2] [--common-min 6]
 *
 * Only a list of given names leaves the corpus, never its text: a given name is a token
 * tagged B-PERS that is directly followed by I-PERS (the first word of a name of two or more
 * words — a surname quoted alone, like بوتين, is B-PERS without I-PERS and is not a given
 * name). Tokens are folded (src/text/fold.ts), a glued و is taken off (ومحمد → محمد) when
 * the rest is also seen as a given name, and words that are first of all ordinary Arabic
 * words (نصر "victory", حسن "good", طالب "student") are left out: the cue recognizer takes
 * a gazetteer hit as evidence on its own, so an ambiguous entry would tag ordinary prose.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { foldArabic } from "../src/text/fold.ts";
import { DEFAULT_DATA } from "./lib/conll.ts";

const OUT = resolve(import.meta.dirname, "../src/pipeline/people/given-names.ts");
const OUT_COMMON = resolve(import.meta.dirname, "../src/pipeline/people/common-words.ts");

/** Whitespace-separated words of a table literal, folded; lines starting with // are comments. */
function wordTable(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join(" ")
      .split(/\s+/)
      .filter(Boolean)
      .map(foldArabic),
  );
}

// Given names that are first of all everyday words: not a cue on their own (a hit would
// invent people in ordinary prose), but emitted apart so the recognizer still knows them
// as given names inside a name it found by another cue.
const AMBIGUOUS_WORDS = wordTable(`
  نصر سعيد حسن عادل امين صالح فارس جمال جلال طالب خليفة سلامة نبيل مبارك بهاء هاني اية منى
  رفيق سالم نادر ناجي شمس سهل نور زين كريم جميل امل سلام عزيز حميد رشيد شريف كامل فاضل
  طاهر راشد ماجد منصور حكيم سعد فايز فتحي نجيب نظمي شيرين عمير محسن طه
  // جار "neighbour", خلف "behind", عمر "age" (عن عمر يناهز ...)
  جار خلف عمر
`);

// Tokens that are no given name at all, or too short to be safe: dropped.
const UNSAFE = wordTable(`
  // compound-name particles: the lexicon handles them (عبد الله، أبو مازن، بن سلمان)
  عبد ابو ابي ابا ابن بن بنت ال شيخ سيد سيدي دام قوه
  // short Latin/Asian names that collide with Arabic words or particles
  لي كي بو قو فان دان كيم جان تيم بيل بان رود ريت جاي تيني اق بسر وانغ تشن
`);

const AMBIGUOUS = new Set([...AMBIGUOUS_WORDS, ...UNSAFE]);

// Corpus tokens whose glued clitic the bare-form check cannot see (the bare form is not
// attested as a given name itself): spelled out here. null drops the token.
const GLUED: ReadonlyMap<string, string | null> = new Map([
  ["وتامر", "تامر"],
  ["وعبير", "عبير"],
  ["لفرانس", null], // ل + فرانس (Franz): a place-name fragment, not a given name
  ["لبيونج", null], // ل + بيونج (Pyong-): fragment of a Korean name
  ["لأبي", null], // ل + أبي: the kunya particle with a preposition
]);
// Corpus tokens are folded before lookup, so look the table up by folded key too.
const GLUED_FOLDED: ReadonlyMap<string, string | null> = new Map(
  [...GLUED].map(([k, v]) => [foldArabic(k), v === null ? null : foldArabic(v)]),
);

interface Options {
  corpus: string;
  min: number;
  commonMin: number;
}

function parseArgs(argv: readonly string[]): Options {
  let corpus = DEFAULT_DATA;
  let min = 2;
  let commonMin = 6;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--min") min = Number(argv[++i] ?? "2");
    else if (a === "--common-min") commonMin = Number(argv[++i] ?? "6");
    else if (a) corpus = a;
  }
  return { corpus, min, commonMin };
}

interface Counts {
  /** First words of multi-word person names. */
  counts: Map<string, number>;
  /** Every folded token: how often tagged O, how often inside a person name. */
  outside: Map<string, number>;
  inPerson: Map<string, number>;
  skipped: number;
}

/** Counts tokens. Bad lines (one field, three fields) are counted and skipped. */
export function countGivenNames(text: string): Counts {
  const counts = new Map<string, number>();
  const outside = new Map<string, number>();
  const inPerson = new Map<string, number>();
  let skipped = 0;
  let prevTag = "";
  let prevTok = "";
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const fields = line.trim().split(/\s+/);
    const [tok, tag] = fields;
    if (fields.length !== 2 || !tok || !tag) {
      skipped++;
      prevTag = "";
      continue;
    }
    if (prevTag === "B-PERS" && tag === "I-PERS") {
      const f = foldArabic(prevTok);
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    const f = foldArabic(tok);
    const bucket = tag === "O" ? outside : tag.endsWith("-PERS") ? inPerson : undefined;
    bucket?.set(f, (bucket.get(f) ?? 0) + 1);
    prevTag = tag;
    prevTok = tok;
  }
  return { counts, outside, inPerson, skipped };
}

/**
 * Frequent words (at least `min` times outside any name) never seen inside a person's name,
 * minus given names: the recognizer ends a name before one.
 */
export function selectCommonWords(
  outside: ReadonlyMap<string, number>,
  inPerson: ReadonlyMap<string, number>,
  given: ReadonlySet<string>,
  min: number,
): string[] {
  return [...outside]
    .filter(([tok, n]) => n >= min && !inPerson.has(tok))
    .map(([tok]) => tok)
    .filter((tok) => /^[\u0621-\u064A]{2,}$/.test(tok) && !given.has(tok) && !AMBIGUOUS.has(tok))
    .sort((a, b) => a.localeCompare(b, "ar"));
}

/** Whitespace-separated in a template literal: compact, and stable under Prettier. */
function wordLines(words: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 12) lines.push("  " + words.slice(i, i + 12).join(" "));
  return lines.join("\n");
}

export function selectGivenNames(counts: ReadonlyMap<string, number>, min: number): string[] {
  // Fold a glued conjunction onto the bare form when the bare form is attested too.
  const merged = new Map<string, number>();
  for (const [raw, n] of counts) {
    const glued = GLUED_FOLDED.get(raw);
    if (glued === null) continue;
    const tok = glued ?? raw;
    const bare = tok.startsWith("و") && counts.has(tok.slice(1)) ? tok.slice(1) : tok;
    merged.set(bare, (merged.get(bare) ?? 0) + n);
  }
  return [...merged]
    .filter(([, n]) => n >= min)
    .map(([tok]) => tok)
    .filter((tok) => /^[\u0621-\u064A]+$/.test(tok)) // Arabic letters only: no stray tags or digits
    .filter((tok) => tok.length >= 3 && !tok.startsWith("ال") && !AMBIGUOUS.has(tok))
    .sort((a, b) => a.localeCompare(b, "ar"));
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const { counts, outside, inPerson, skipped } = countGivenNames(readFileSync(opts.corpus, "utf8"));
  const names = selectGivenNames(counts, opts.min);
  const ambiguous = [...AMBIGUOUS_WORDS].sort((a, b) => a.localeCompare(b, "ar"));
  const common = selectCommonWords(outside, inPerson, new Set(names), opts.commonMin);
  const source =
    "the ANERcorp training part\n// (Benajiba, Rosso and Benedí Ruiz, 2007; CC BY-SA 4.0)";
  writeFileSync(
    OUT,
    `// Generated by scripts/build-name-lexicon.ts — do not edit by hand; rerun the script.
// Frequent given names (folded, see src/text/fold.ts), derived from ${source}: first words of
// multi-word person names seen at least ${opts.min} times, minus words that are also common
// Arabic words. ${names.length} names.

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  \`
${wordLines(names)}
\`
    .split(/\\s+/)
    .filter(Boolean),
);

// Given names left out above because they are also common words (حسن "good", نصر "victory"):
// never a cue on their own, but inside a name already found they still mark the given-name
// slot, so a family name may follow ("عمر حسن البشير").
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  \`
${wordLines(ambiguous)}
\`
    .split(/\\s+/)
    .filter(Boolean),
);
`,
  );
  writeFileSync(
    OUT_COMMON,
    `// Generated by scripts/build-name-lexicon.ts — do not edit by hand; rerun the script.
// Frequent words (folded, see src/text/fold.ts) from ${source}: seen at least
// ${opts.commonMin} times outside any name and never inside a person's name, minus given names.
// A name ends before one ("أنالينا بيربوك دعم" → "أنالينا بيربوك"). ${common.length} words.

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  \`
${wordLines(common)}
\`
    .split(/\\s+/)
    .filter(Boolean),
);
`,
  );
  console.log(
    `given names: ${names.length}, common words: ${common.length} (skipped ${skipped} malformed corpus lines)`,
  );
}

main();
