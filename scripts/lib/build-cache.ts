/**
 * What an incremental build needs to know that nothing changed: content hashes, a version of
 * the code that turns inputs into outputs, and a manifest of what the previous run wrote.
 *
 *   sha256(a, b)                            one hex digest of several parts (a NUL between them)
 *   sourceGraphHash(["scripts/x.ts"], …)    the files x.ts imports, transitively, plus extras
 *   readManifest(file, version)             the previous run's entries, or none if the code changed
 *   writeManifest(file, version, entries)
 *
 * The code's version is the hash of the sources the build actually imports, found by following
 * their relative imports from the entry, plus the lock file (for the npm packages), the data
 * files they read and Node's version. Following the imports, rather than hashing a list of
 * folders, keeps the version right when a module starts importing a new file; hashing sources,
 * rather than a bundle, needs no bundler run on every build.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export function sha256(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash("sha256");
  parts.forEach((part, i) => {
    if (i > 0) hash.update("\0");
    hash.update(part);
  });
  return hash.digest("hex");
}

/** `from "./x.ts"`, `import "./y.ts"`, `import("../z.ts")`, `new URL("./w.ts", …)` (a worker): relative specifiers only. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Every local source file reachable from `entries` through relative imports, sorted. */
export function importGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(RELATIVE_IMPORT))
      visit(path.resolve(path.dirname(file), m[1] ?? ""));
  };
  for (const entry of entries) visit(path.resolve(entry));
  return [...seen].sort();
}

/**
 * The version of a build step: its import graph from `entries`, the `extras` it reads
 * (model, lock file, built bundles), each hashed with its path relative to `root`.
 */
export function sourceGraphHash(
  root: string,
  entries: readonly string[],
  extras: readonly string[] = [],
): string {
  const files = [...importGraph(entries), ...extras.map((f) => path.resolve(f))];
  const parts: Array<string | Uint8Array> = [process.version];
  for (const file of files) {
    parts.push(path.relative(root, file));
    parts.push(existsSync(file) ? readFileSync(file) : "missing");
  }
  return sha256(...parts);
}

interface ManifestFile<T> {
  version: string;
  entries: Record<string, T>;
}

/** The entries a run with this `version` wrote; empty when there is none or the version differs. */
export function readManifest<T>(file: string, version: string): Map<string, T> {
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as ManifestFile<T>;
    if (data.version !== version) return new Map();
    return new Map(Object.entries(data.entries));
  } catch {
    // A manifest cut short by a killed build: rebuild everything rather than trust it.
    return new Map();
  }
}

/** Written beside, then renamed over: a killed build leaves the old manifest or the new one. */
export function writeManifest<T>(file: string, version: string, entries: ReadonlyMap<string, T>) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  const data: ManifestFile<T> = { version, entries: Object.fromEntries(entries) };
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, file);
}

/** node_modules/.cache/<step>/<hash of the output folder>.json: one manifest per output folder. */
export function manifestFileFor(root: string, step: string, outDir: string): string {
  const key = sha256(path.resolve(outDir)).slice(0, 16);
  return path.join(root, "node_modules", ".cache", step, `${key}.json`);
}
