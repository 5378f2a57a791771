/**
 * Regenerates every `fixtures/<name>/expected.json` from the current pipeline, for a
 * human to review as a diff (`git diff fixtures/`) before committing.
 *
 *   npm run fixtures:update            # all fixtures
 *   npm run fixtures:update -- crlf    # only fixtures whose name contains "crlf"
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadFixtures, runFixture } from "./lib/fixtures.ts";

const filter = process.argv[2] ?? "";
let changed = 0;
for (const fixture of loadFixtures()) {
  if (!fixture.name.includes(filter)) continue;
  const result = runFixture(fixture);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const before =
    fixture.expected === null ? null : `${JSON.stringify(fixture.expected, null, 2)}\n`;
  const status = before === null ? "new" : before === json ? "same" : "changed";
  if (status !== "same") {
    writeFileSync(path.join(fixture.dir, "expected.json"), json);
    changed++;
  }
  console.log(
    `${status.padEnd(7)} ${fixture.name}${"error" in result ? `  (error: ${result.error})` : ""}`,
  );
}
console.log(`${changed} expected.json file(s) written; review them with git diff fixtures/`);
