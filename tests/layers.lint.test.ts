/**
 * The direction of imports is held by lint (eslint.config.js, import-x/no-restricted-paths):
 * app → features → shared (lib, components, offline) → pipeline → article, text, no feature
 * into another, and test helpers only in tests. This proves each rule bites, with the
 * project's own configuration, on one-line probes placed where the importing code would
 * live; the imported modules are real, so the resolver finds them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RULE = "import-x/no-restricted-paths";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The layer rule's messages for `import * as m from <specifier>` written in `file`. */
async function layerMessages(file: string, specifier: string): Promise<string[]> {
  const code = `import * as m from "${specifier}";\nexport const probe = m;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  expect(result, "ESLint linted the probe").toBeDefined();
  expect(result?.messages.filter((m) => m.fatal) ?? [], "the probe parses").toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe("the layer rule", () => {
  it.each([
    ["src/lib/probe.ts", "../app/history", "may not import a feature or the app"],
    [
      "src/offline/probe.ts",
      "../features/article/api/get-article",
      "may not import a feature or the app",
    ],
    ["src/pipeline/probe.ts", "../lib/fetch-json", "imports only src/article and src/text"],
    ["src/text/probe.ts", "../pipeline/ids", "the bottom layer"],
    ["src/article/probe.ts", "../lib/print", "the bottom layer"],
    ["src/features/library/probe.ts", "../../app/history", "Features may not import the app"],
  ])("fails an upward import in %s of %s", async (file, specifier, says) => {
    const messages = await layerMessages(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(says);
  });

  it("fails one feature importing another", async () => {
    const messages = await layerMessages(
      "src/features/read-own/components/Probe.tsx",
      "../../article/components/ArticleReader",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("A feature may not import another feature");
  });

  it("fails a test helper imported by shipped code, and allows it in a test", async () => {
    const shipped = await layerMessages(
      "src/features/article/components/Probe.tsx",
      "../../../testing/sample-article",
    );
    expect(shipped).toHaveLength(1);
    expect(shipped[0]).toContain("only tests may import them");
    expect(
      await layerMessages(
        "src/features/article/components/Probe.test.tsx",
        "../../../testing/sample-article",
      ),
    ).toEqual([]);
  });

  it.each([
    ["src/app/pages/probe.tsx", "../../features/article/components/ArticleReader"],
    ["src/features/article/components/Probe.tsx", "../../../lib/fetch-json"],
    ["src/features/article/components/Probe.tsx", "../utils/mentions"],
    ["src/lib/probe.ts", "../offline/saved-copies"],
    ["src/pipeline/probe.ts", "../text/fold"],
  ])("passes a downward or same-layer import in %s of %s", async (file, specifier) => {
    expect(await layerMessages(file, specifier)).toEqual([]);
  });
});
