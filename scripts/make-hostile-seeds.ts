/**
 * Writes the hostile seeds into a folder, for building and opening in the browser:
 * the small ones committed as fixtures (fixtures/hostile-*: <script> and <img onerror>
 * text, javascript:/data: read-also URLs, bidi controls, 5,000 combining marks) and the
 * large ones made here (a 100,000-character line, a 100,000-character word, 10,000
 * headings), so the repository does not carry megabytes. Same output on every run.
 *
 *   npx tsx scripts/make-hostile-seeds.ts --out ../hostile-seeds [--with-seeds]
 *   npm run articles -- --seeds ../hostile-seeds --out ../hostile-articles
 *
 * `--with-seeds` copies seeds/ in too, so the folder can stand in for seeds/ whole.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FIXTURES_DIR } from "./lib/fixtures.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = path.join(ROOT, "seeds", "000_ba3d84ed962b3426.txt");

export const HOSTILE = {
  PREFIX: "hostile-",
  LONG_LINE_CHARS: 100_000,
  LONG_WORD_CHARS: 100_000,
  HEADINGS: 10_000,
  /** Every so many headings, one repeats an earlier one: ids must still be unique. */
  REPEAT_EVERY: 10,
} as const;

export interface HostileSeed {
  /** The seed's file name without ".txt": also its slug. */
  name: string;
  text: string;
  /** The sidecar's JSON, when there is one. */
  meta: string | null;
}

/** The seed article's words, in order: text that looks like news, not like "aaaa". */
function seedWords(): string[] {
  return readFileSync(SEED, "utf8").split(/\s+/).filter(Boolean);
}

/** Words from the seed, in order and round again, until `chars` characters: one line. */
function lineOf(words: readonly string[], chars: number): string {
  let line = "";
  for (let i = 0; line.length < chars; i++) line += (line ? " " : "") + words[i % words.length];
  return line.slice(0, chars);
}

/** The seeds made here (the large ones). */
export function generatedHostileSeeds(): HostileSeed[] {
  const words = seedWords();
  const long = lineOf(words, HOSTILE.LONG_LINE_CHARS);
  // Letters only, no space, no mark: one word that no line can break.
  const letters = words.join("").replace(/[^\u0621-\u064A]/g, "");
  const word = letters
    .repeat(Math.ceil(HOSTILE.LONG_WORD_CHARS / letters.length))
    .slice(0, HOSTILE.LONG_WORD_CHARS);
  return [
    {
      name: `${HOSTILE.PREFIX}long-line`,
      text: `سطر من مئة ألف حرف\n\nالسطر التالي فقرة واحدة من ${HOSTILE.LONG_LINE_CHARS} حرف.\n\n${long}\n\nعنوان بعد السطر الطويل\n\nفقرة قصيرة بعده.\n`,
      meta: null,
    },
    {
      name: `${HOSTILE.PREFIX}long-word`,
      text: `كلمة من مئة ألف حرف\n\nالسطر التالي كلمة واحدة بلا مسافة.\n\n${word}\n\nعنوان بعد الكلمة الطويلة\n\nفقرة قصيرة بعدها.\n`,
      meta: null,
    },
    {
      name: `${HOSTILE.PREFIX}${HOSTILE.HEADINGS}-headings`,
      text: manyHeadings(HOSTILE.HEADINGS),
      meta: null,
    },
  ];
}

/** An article of `n` "## " sub-headings, each over one short paragraph; every tenth is "ما القصة؟" again. */
export function manyHeadings(n: number): string {
  const sections: string[] = [];
  for (let i = 1; i <= n; i++) {
    const heading = i % HOSTILE.REPEAT_EVERY === 0 ? "ما القصة؟" : `عنوان فرعي رقم ${i}`;
    sections.push(`## ${heading}\n\nنص القسم رقم ${i}.\n`);
  }
  return `مقال فيه ${n} عنوان فرعي\n\nمقدمة المقال قبل العناوين.\n\n${sections.join("\n")}`;
}

/** The seeds committed as fixtures/hostile-*. */
export function fixtureHostileSeeds(dir: string = FIXTURES_DIR): HostileSeed[] {
  return readdirSync(dir)
    .filter(
      (name) => name.startsWith(HOSTILE.PREFIX) && existsSync(path.join(dir, name, "source.txt")),
    )
    .sort()
    .map((name) => {
      const meta = path.join(dir, name, "meta.json");
      return {
        name,
        text: readFileSync(path.join(dir, name, "source.txt"), "utf8"),
        meta: existsSync(meta) ? readFileSync(meta, "utf8") : null,
      };
    });
}

export function allHostileSeeds(): HostileSeed[] {
  return [...fixtureHostileSeeds(), ...generatedHostileSeeds()];
}

/** Writes `<name>.txt` (+ `<name>.meta.json`) per seed; returns the file names written. */
export function writeHostileSeeds(outDir: string, options: { withSeeds?: boolean } = {}): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const seed of allHostileSeeds()) {
    writeFileSync(path.join(outDir, `${seed.name}.txt`), seed.text);
    written.push(`${seed.name}.txt`);
    if (seed.meta !== null) {
      writeFileSync(path.join(outDir, `${seed.name}.meta.json`), seed.meta);
      written.push(`${seed.name}.meta.json`);
    }
  }
  if (options.withSeeds) {
    const seeds = path.join(ROOT, "seeds");
    for (const name of readdirSync(seeds).sort()) {
      copyFileSync(path.join(seeds, name), path.join(outDir, name));
      written.push(name);
    }
  }
  return written;
}

/** ["--out", "x", "--with-seeds"] → { outDir: "x", withSeeds: true } */
export function parseArgs(argv: readonly string[]): { outDir: string; withSeeds: boolean } {
  let outDir: string | undefined;
  let withSeeds = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--with-seeds") withSeeds = true;
    else if (arg === "--out" && argv[i + 1]) outDir = argv[++i];
    else if (arg.startsWith("--out=") && arg.length > "--out=".length)
      outDir = arg.slice("--out=".length);
    else
      throw new Error(
        `usage: npx tsx scripts/make-hostile-seeds.ts --out <dir> [--with-seeds] (got "${arg}")`,
      );
  }
  if (outDir === undefined)
    throw new Error("usage: npx tsx scripts/make-hostile-seeds.ts --out <dir> [--with-seeds]");
  return { outDir, withSeeds };
}

function main(): void {
  try {
    const { outDir, withSeeds } = parseArgs(process.argv.slice(2));
    const written = writeHostileSeeds(outDir, { withSeeds });
    console.log(
      `wrote ${written.length} file(s) to ${outDir}; build them with: npm run articles -- --seeds ${outDir} --out <dir>`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
