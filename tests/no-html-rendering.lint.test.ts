/**
 * Article text is never rendered as HTML: ESLint forbids dangerouslySetInnerHTML and
 * innerHTML/outerHTML anywhere in the code (eslint.config.js). This proves the rule bites:
 * the project's own configuration, run through ESLint's Node API on small snippets placed
 * where app code lives, fails each way of writing HTML from a string and passes plain text.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MESSAGE = "Article text must be rendered as text, never as HTML.";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of the HTML rule for `code`, linted as if it were a file in src/. */
async function htmlRuleMessages(
  code: string,
  file = "src/features/article/components/Probe.tsx",
): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  expect(result, "ESLint linted the snippet").toBeDefined();
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  expect(fatal, "the snippet parses").toEqual([]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-syntax")
    .map((m) => m.message);
}

describe("the rule against rendering text as HTML", () => {
  it("fails dangerouslySetInnerHTML on an element", async () => {
    const code = `export function Body({ text }: { text: string }) {\n  return <p dangerouslySetInnerHTML={{ __html: text }} />;\n}\n`;
    expect(await htmlRuleMessages(code)).toEqual([MESSAGE]);
  });

  it("fails dangerouslySetInnerHTML passed through a component's props", async () => {
    const code = `const Box = (props: object) => <div {...props} />;\nexport const Bad = ({ html }: { html: string }) => <Box dangerouslySetInnerHTML={{ __html: html }} />;\n`;
    expect(await htmlRuleMessages(code)).toEqual([MESSAGE]);
  });

  it("fails innerHTML and outerHTML, written or read, in a .ts file too", async () => {
    const code = `export function put(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n  el.outerHTML = text;\n  return el.innerHTML.length;\n}\n`;
    expect(await htmlRuleMessages(code, "src/lib/probe.ts")).toEqual([MESSAGE, MESSAGE, MESSAGE]);
  });

  it("also applies to tests, scripts and end-to-end specs", async () => {
    const code = `document.body.innerHTML = "<b>x</b>";\n`;
    for (const file of ["scripts/probe.ts", "e2e/probe.spec.ts", "src/pipeline/probe.test.ts"]) {
      expect(await htmlRuleMessages(code, file), file).toEqual([MESSAGE]);
    }
  });

  it("passes text rendered as text", async () => {
    const code = `export function Body({ text }: { text: string }) {\n  return <p>{text}</p>;\n}\nexport function put(el: HTMLElement, text: string) {\n  el.textContent = text;\n}\n`;
    expect(await htmlRuleMessages(code)).toEqual([]);
  });
});
