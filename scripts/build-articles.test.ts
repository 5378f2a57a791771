import { execFile, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { articleSchema, libraryPageSchema, librarySchema } from "../src/article/schema.ts";
import { buildArticles, parseArgs } from "./build-articles.ts";
import { FS_WRITE_OPS, type WriteOps } from "./lib/atomic-output.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = "000_ba3d84ed962b3426";
const temps: string[] = [];
/** A fresh Node with tsx compiling the CLI: seconds when other work shares the machine. */
const CLI_TIMEOUT_MS = 60_000;

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "articles-"));
  temps.push(dir);
  return dir;
}

/** A seeds folder holding the real seed (and its sidecar) plus the given extra files. */
function seedsWith(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = path.join(tempDir(), "seeds");
  mkdirSync(dir);
  copyFileSync(path.join(ROOT, "seeds", `${SEED}.txt`), path.join(dir, `${SEED}.txt`));
  copyFileSync(path.join(ROOT, "seeds", `${SEED}.meta.json`), path.join(dir, `${SEED}.meta.json`));
  for (const [name, contents] of Object.entries(extra))
    writeFileSync(path.join(dir, name), contents);
  return dir;
}

/** Every file under `dir`, by its path from there ("pages/1.json"). */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((n) => statSync(path.join(dir, n)).isFile())
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), "utf8")]),
  );

/** A previous output folder with contents no build would write (bytes that are not even UTF-8). */
function previousOutput(): { outDir: string; bytes: Record<string, Buffer> } {
  const outDir = path.join(tempDir(), "out");
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, "index.json"), "previous index\n");
  writeFileSync(path.join(outDir, "old-article.json"), '{ "old": true }\n');
  writeFileSync(path.join(outDir, "raw.bin"), Uint8Array.of(0xff, 0x00, 0xfe, 0x0a));
  return { outDir, bytes: bytesOf(outDir) };
}

const bytesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n))]),
  );

/** Three good-looking seeds, the second of which breaks the build. */
function threeSeedsSecondBroken(broken: string): string {
  const dir = path.join(tempDir(), "seeds");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "a_first.txt"), "المقال الأول\n\nنص المقال الأول.\n");
  writeFileSync(path.join(dir, "b_second.txt"), broken);
  writeFileSync(path.join(dir, "c_third.txt"), "المقال الثالث\n\nنص المقال الثالث.\n");
  return dir;
}

/** The real file operations, except that the `failAt`-th call of `op` (1-based) throws. */
function failing(op: keyof WriteOps, failAt: number): WriteOps & { calls: number } {
  const ops = {
    calls: 0,
    writeFile: FS_WRITE_OPS.writeFile,
    rename: FS_WRITE_OPS.rename,
  };
  const real = FS_WRITE_OPS[op];
  ops[op] = async (a: string, b: string) => {
    ops.calls++;
    if (ops.calls === failAt) throw new Error(`injected ${op} failure`);
    await real(a, b);
  };
  return ops;
}

/** A process id that is certainly not running: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("buildArticles", () => {
  it("writes <slug>.json per article, index.json and the pages, byte-identical on a re-run", async () => {
    const seedsDir = seedsWith({ "b_second.txt": "مقال ثان عن الطقس\n\nيكون الطقس مشمساً غداً.\n" });
    const outDir = path.join(tempDir(), "out");
    const lines: string[] = [];
    await buildArticles({ seedsDir, outDir, log: (l) => lines.push(l) });
    const first = snapshot(outDir);
    expect(Object.keys(first)).toEqual([
      "b-second.json",
      "index.json",
      "pages/1.json",
      "russia-assad-turkey-ministerial-meeting.json",
    ]);
    expect(libraryPageSchema.parse(JSON.parse(first["pages/1.json"] ?? ""))).toMatchObject({
      page: 1,
      pageCount: 1,
      total: 2,
      articles: [{ slug: "russia-assad-turkey-ministerial-meeting" }, { slug: "b-second" }],
    });
    expect(lines.slice(0, 2)).toEqual([
      "russia-assad-turkey-ministerial-meeting: 5 sections, 6 people, 0 warnings",
      "b-second: 0 sections, 0 people, 0 warnings",
    ]);
    await buildArticles({ seedsDir, outDir });
    expect(snapshot(outDir)).toEqual(first);
    for (const [name, json] of Object.entries(first)) {
      expect(json.endsWith("}\n")).toBe(true);
      const schema =
        name === "index.json"
          ? librarySchema
          : name.startsWith("pages/")
            ? libraryPageSchema
            : articleSchema;
      expect(schema.safeParse(JSON.parse(json)).success).toBe(true);
    }
  });

  it("lists the library in file-name order with excerpts cut at a word", async () => {
    const outDir = path.join(tempDir(), "out");
    await buildArticles({ seedsDir: seedsWith(), outDir });
    const library = librarySchema.parse(
      JSON.parse(readFileSync(path.join(outDir, "index.json"), "utf8")),
    );
    const entry = library.articles[0];
    expect(entry).toMatchObject({
      slug: "russia-assad-turkey-ministerial-meeting",
      sections: 5,
      people: 6,
      readingMinutes: 3,
    });
    expect(entry?.excerpt.length).toBeLessThanOrEqual(161);
    expect(entry?.excerpt).toMatch(/^بعد أنّ اعترف وزير الخارجيّة الروسي سيرغي لافروف .*[^\s]…$/);
    expect(entry?.peopleNames).toHaveLength(6);
  });

  it("links a read-also title to the in-app article with that title", async () => {
    const title =
      "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك في دمشق وتكشف أهمّ ما جاء في الاجتماع";
    const outDir = path.join(tempDir(), "out");
    await buildArticles({
      seedsDir: seedsWith({ "001_related.txt": `${title}\n\nنص المقال.\n` }),
      outDir,
    });
    const article = articleSchema.parse(
      JSON.parse(
        readFileSync(path.join(outDir, "russia-assad-turkey-ministerial-meeting.json"), "utf8"),
      ),
    );
    expect(article.readAlso[0]).toMatchObject({
      href: "/articles/001-related",
      hrefSource: "article",
    });
  });

  it.each([
    [
      "a seed with NUL bytes",
      { "z.txt": Uint8Array.of(0x61, 0x0a, 0x00) },
      /seeds\/z\.txt:2: NUL byte/,
    ],
    ["an empty seed", { "z.txt": "" }, /seeds\/z\.txt:1: empty file/],
    [
      "invalid UTF-8",
      { "z.txt": Uint8Array.of(0x61, 0x0a, 0x0a, 0xff) },
      /seeds\/z\.txt:3: invalid UTF-8/,
    ],
    [
      "a broken sidecar",
      { "z.txt": "عنوان\n", "z.meta.json": '{\n  "slug": 3\n}' },
      /seeds\/z\.meta\.json:2: invalid sidecar/,
    ],
    [
      "two seeds with one slug",
      {
        "z.txt": "عنوان\n",
        "z.meta.json": '{ "slug": "russia-assad-turkey-ministerial-meeting" }',
      },
      /seeds\/z\.txt:1: duplicate slug "russia-assad-turkey-ministerial-meeting": .*seeds\/000_ba3d84ed962b3426\.txt has it too/,
    ],
  ])("leaves the previous output untouched on %s", async (_name, extra, message) => {
    const outDir = path.join(tempDir(), "out");
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, "index.json"), "previous\n");
    await expect(buildArticles({ seedsDir: seedsWith(extra), outDir })).rejects.toThrow(message);
    expect(snapshot(outDir)).toEqual({ "index.json": "previous\n" });
    // No temporary or half-swapped folder is left beside the output.
    expect(readdirSync(path.dirname(outDir))).toEqual(["out"]);
  });
});

describe("a build that fails part-way", () => {
  const expectUntouched = ({ outDir, bytes }: ReturnType<typeof previousOutput>) => {
    expect(bytesOf(outDir)).toEqual(bytes);
    // Nothing beside it: no temporary folder, no previous output moved aside.
    expect(readdirSync(path.dirname(outDir))).toEqual(["out"]);
  };

  it("keeps the previous output byte for byte when the second of three seeds is broken", async () => {
    const previous = previousOutput();
    const seedsDir = threeSeedsSecondBroken("تخطى إلى المحتوى\n\nاقرأ أيضاً: مقال\n");
    await expect(buildArticles({ seedsDir, outDir: previous.outDir })).rejects.toThrow(
      /b_second\.txt:3: no title/,
    );
    expectUntouched(previous);
  });

  it("keeps it when writing the second of four files throws", async () => {
    const previous = previousOutput();
    const ops = failing("writeFile", 2);
    const seedsDir = threeSeedsSecondBroken("المقال الثاني\n\nنص المقال الثاني.\n");
    await expect(
      buildArticles({ seedsDir, outDir: previous.outDir, writeOps: ops }),
    ).rejects.toThrow("injected writeFile failure");
    expect(ops.calls).toBe(2);
    expectUntouched(previous);
  });

  it("puts the previous output back when the swap fails after moving it aside", async () => {
    const previous = previousOutput();
    // Rename 1 moves the previous output aside, rename 2 would bring the new one in.
    const ops = failing("rename", 2);
    const seedsDir = threeSeedsSecondBroken("المقال الثاني\n\nنص المقال الثاني.\n");
    await expect(
      buildArticles({ seedsDir, outDir: previous.outDir, writeOps: ops }),
    ).rejects.toThrow("injected rename failure");
    expect(ops.calls).toBe(2);
    expectUntouched(previous);
  });

  it("recovers from a build killed between the two renames: the output moved aside comes back", async () => {
    const previous = previousOutput();
    const pid = deadPid();
    const parent = path.dirname(previous.outDir);
    // What the killed build left: its temporary folder and the previous output, moved aside.
    mkdirSync(path.join(parent, `out.tmp-${pid}-1`));
    writeFileSync(path.join(parent, `out.tmp-${pid}-1`, "half.json"), "{");
    renameSync(previous.outDir, path.join(parent, `out.old-${pid}-1`));
    // The next build fails too, after the recovery: the previous output is back in place.
    const seedsDir = threeSeedsSecondBroken("المقال الثاني\n\nنص المقال الثاني.\n");
    await expect(
      buildArticles({ seedsDir, outDir: previous.outDir, writeOps: failing("writeFile", 1) }),
    ).rejects.toThrow("injected");
    expectUntouched(previous);
    // And a good build then replaces it, leaving nothing beside it.
    await buildArticles({ seedsDir, outDir: previous.outDir });
    expect(readdirSync(previous.outDir).sort()).toEqual([
      "a-first.json",
      "b-second.json",
      "c-third.json",
      "index.json",
      "pages",
    ]);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("leaves the folders of a build that is still running alone", async () => {
    const previous = previousOutput();
    const running = path.join(path.dirname(previous.outDir), `out.tmp-${process.ppid}-1`);
    mkdirSync(running);
    await buildArticles({
      seedsDir: threeSeedsSecondBroken("المقال الثاني\n\nنص.\n"),
      outDir: previous.outDir,
    });
    expect(existsSync(running)).toBe(true);
  });
});

describe("the CLI", () => {
  const run = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts/build-articles.ts"), ...args],
      { cwd: ROOT },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it(
    "builds --seeds into --out and prints one line per article",
    async () => {
      const outDir = path.join(tempDir(), "out");
      const { code, stdout } = await run(["--seeds", seedsWith(), "--out", outDir]);
      expect(code).toBe(0);
      expect(stdout.split("\n")[0]).toBe(
        "russia-assad-turkey-ministerial-meeting: 5 sections, 6 people, 0 warnings",
      );
      expect(existsSync(path.join(outDir, "index.json"))).toBe(true);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 1 with one line file:line: message on a bad seed",
    async () => {
      const { code, stderr } = await run([
        "--seeds",
        seedsWith({ "z.txt": "  \n" }),
        "--out",
        path.join(tempDir(), "out"),
      ]);
      expect(code).toBe(1);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr.trim()).toMatch(/z\.txt:1: whitespace-only file: no text at all$/);
    },
    CLI_TIMEOUT_MS,
  );
});

describe("parseArgs", () => {
  it("defaults to seeds/ → public/articles/ and reads both flag forms", () => {
    expect(parseArgs([])).toEqual({ seedsDir: "seeds", outDir: "public/articles" });
    expect(parseArgs(["--seeds", "a", "--out=b"])).toEqual({ seedsDir: "a", outDir: "b" });
    expect(() => parseArgs(["--nope"])).toThrow(/usage/);
  });
});
