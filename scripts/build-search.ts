/**
 * The build's search step: after `vite build` has copied the articles into the site, writes
 * the full-text search's files into `<site>/search/` (see src/lib/search/search-format.ts).
 *
 *   npx tsx scripts/build-search.ts [--out dist]
 */
import { writeSearchFiles } from "./lib/search-files.ts";

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const siteDir = outIndex >= 0 ? (args[outIndex + 1] ?? "dist") : "dist";
  const started = performance.now();
  const { files, bytes } = writeSearchFiles(siteDir);
  const ms = Math.round(performance.now() - started);
  console.log(
    `[search] wrote ${files} file(s), ${(bytes / 1e6).toFixed(1)} MB, to ${siteDir}/search in ${ms} ms`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
