import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { articleSchema, librarySchema } from "../src/article/schema.ts";
import { buildArticles, parseArgs } from "./build-articles.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = "000_ba3d84ed962b3426";
const temps: string[] = [];

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
  for (const [name, contents] of Object.entries(extra)) writeFileSync(path.join(dir, name), contents);
  return dir;
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(path.join(dir, n), "utf8")]));

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("buildArticles", () => {
  it("writes <slug>.json per article and index.json, byte-identical on a re-run", async () => {
    const seedsDir = seedsWith({ "b_second.txt": "مقال ثان عن الطقس\n\nيكون الطقس مشمساً غداً.\n" });
    const outDir = path.join(tempDir(), "out");
    const lines: string[] = [];
    await buildArticles({ seedsDir, outDir, log: (l) => lines.push(l) });
    const first = snapshot(outDir);
    expect(Object.keys(first)).toEqual(["b-second.json", "index.json", "russia-assad-turkey-ministerial-meeting.json"]);
    expect(lines.slice(0, 2)).toEqual(["russia-assad-turkey-ministerial-meeting: 5 sections, 6 people, 0 warnings", "b-second: 0 sections, 0 people, 0 warnings"]);
    await buildArticles({ seedsDir, outDir });
    expect(snapshot(outDir)).toEqual(first);
    for (const [name, json] of Object.entries(first)) {
      expect(json.endsWith("}\n")).toBe(true);
      const schema = name === "index.json" ? librarySchema : articleSchema;
      expect(schema.safeParse(JSON.parse(json)).success).toBe(true);
    }
  });

  it("lists the library in file-name order with excerpts cut at a word", async () => {
    const outDir = path.join(tempDir(), "out");
    await buildArticles({ seedsDir: seedsWith(), outDir });
    const library = librarySchema.parse(JSON.parse(readFileSync(path.join(outDir, "index.json"), "utf8")));
    const entry = library.articles[0];
    expect(entry).toMatchObject({ slug: "russia-assad-turkey-ministerial-meeting", sections: 5, people: 6, readingMinutes: 3 });
    expect(entry?.excerpt.length).toBeLessThanOrEqual(161);
    expect(entry?.excerpt).toMatch(/^بعد أنّ اعترف وزير الخارجيّة الروسي سيرغي لافروف .*[^\s]…$/);
    expect(entry?.peopleNames).toHaveLength(6);
  });

  it("links a read-also title to the in-app article with that title", async () => {
    const title = "مصادر تتحدّث عن لقاء استخباراتي بين هاكان فيدان وعلي مملوك في دمشق وتكشف أهمّ ما جاء في الاجتماع";
    const outDir = path.join(tempDir(), "out");
    await buildArticles({ seedsDir: seedsWith({ "001_related.txt": `${title}\n\nنص المقال.\n` }), outDir });
    const article = articleSchema.parse(JSON.parse(readFileSync(path.join(outDir, "russia-assad-turkey-ministerial-meeting.json"), "utf8")));
    expect(article.readAlso[0]).toMatchObject({ href: "/articles/001-related", hrefSource: "article" });
  });

  it.each([
    ["a seed with NUL bytes", { "z.txt": Uint8Array.of(0x61, 0x0a, 0x00) }, /seeds\/z\.txt:2: NUL byte/],
    ["an empty seed", { "z.txt": "" }, /seeds\/z\.txt:1: empty file/],
    ["invalid UTF-8", { "z.txt": Uint8Array.of(0x61, 0x0a, 0x0a, 0xff) }, /seeds\/z\.txt:3: invalid UTF-8/],
    ["a broken sidecar", { "z.txt": "عنوان\n", "z.meta.json": '{\n  "slug": 3\n}' }, /seeds\/z\.meta\.json:2: invalid sidecar/],
    ["two seeds with one slug", { "z.txt": "عنوان\n", "z.meta.json": '{ "slug": "russia-assad-turkey-ministerial-meeting" }' }, /seeds\/z\.txt:1: duplicate slug "russia-assad-turkey-ministerial-meeting": .*seeds\/000_ba3d84ed962b3426\.txt has it too/],
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

describe("the CLI", () => {
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/build-articles.ts"), ...args], { cwd: ROOT }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("builds --seeds into --out and prints one line per article", async () => {
    const outDir = path.join(tempDir(), "out");
    const { code, stdout } = await run(["--seeds", seedsWith(), "--out", outDir]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("russia-assad-turkey-ministerial-meeting: 5 sections, 6 people, 0 warnings");
    expect(existsSync(path.join(outDir, "index.json"))).toBe(true);
  });

  it("exits 1 with one line file:line: message on a bad seed", async () => {
    const { code, stderr } = await run(["--seeds", seedsWith({ "z.txt": "  \n" }), "--out", path.join(tempDir(), "out")]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(/z\.txt:1: whitespace-only file: no text at all$/);
  });
});

describe("parseArgs", () => {
  it("defaults to seeds/ → public/articles/ and reads both flag forms", () => {
    expect(parseArgs([])).toEqual({ seedsDir: "seeds", outDir: "public/articles" });
    expect(parseArgs(["--seeds", "a", "--out=b"])).toEqual({ seedsDir: "a", outDir: "b" });
    expect(() => parseArgs(["--nope"])).toThrow(/usage/);
  });
});
