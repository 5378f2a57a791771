/**
 * Tags person names in any `TOKEN TAG` (or `TOKEN`-only) file:
 *
 *   npm run tag:people -- --conll <in> --out <out> [--model <model.json>]
 *
 * Writes exactly one line per input line, the token kept as it was and the tag replaced
 * by the prediction (B-PERS, I-PERS or O). Lines that cannot be read as a token (ANERcorp's
 * ` O` lines, a tag glued to a word) are written back with tag O and reported on stderr.
 * Blank lines are kept and also close a sentence; without them, sentences are cut after
 * sentence-ending marks, and the whole file is read as running text for the second pass
 * (a window of the model's docWindow tokens either side counts as the same document).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DEFAULT_MODEL, argValue, readConll, reportFaults } from "./lib/conll";
import { passThroughLine } from "../src/pipeline/people/tagger/conll";
import { parseModel } from "../src/pipeline/people/tagger/model";
import { TAGS } from "../src/pipeline/people/tagger/model";
import { Tagger } from "../src/pipeline/people/tagger/tagger";
import { endsSentence } from "../src/pipeline/people/tagger/tokenize";

function main(): void {
  const args = process.argv.slice(2);
  const input = argValue(args, "--conll");
  const output = argValue(args, "--out");
  const modelPath = argValue(args, "--model") ?? DEFAULT_MODEL;
  if (input === undefined || output === undefined) {
    process.stderr.write(
      "usage: npm run tag:people -- --conll <in> --out <out> [--model <model.json>]\n",
    );
    process.exit(2);
  }

  const model = parseModel(JSON.parse(readFileSync(modelPath, "utf8")));
  const parsed = readConll(input, false);
  reportFaults(input, parsed.faults, 20);

  // Tokens of the usable lines, and where each sentence starts and ends among them.
  const tokens: string[] = [];
  const tokenOfLine: number[] = [];
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const close = (): void => {
    if (tokens.length > start) ranges.push([start, tokens.length]);
    start = tokens.length;
  };
  for (const line of parsed.lines) {
    if (line.kind === "blank") close();
    if (line.kind !== "token") {
      tokenOfLine.push(-1);
      continue;
    }
    tokenOfLine.push(tokens.length);
    tokens.push(line.token);
    if (endsSentence(line.token)) close();
  }
  close();

  const started = performance.now();
  const tags = new Tagger(model).tagDocument(tokens, ranges);
  const seconds = (performance.now() - started) / 1000;

  const out = parsed.lines.map((line, k) => {
    const t = tokenOfLine[k] as number;
    if (line.kind !== "token" || t < 0) return passThroughLine(line);
    return `${line.token} ${TAGS[tags[t] as number] as string}`;
  });
  writeFileSync(output, out.length === 0 ? "" : out.join("\n") + "\n");
  const names = Array.from(tags).filter((t) => t === 1).length;
  process.stderr.write(
    `${input}: ${parsed.lines.length} lines, ${tokens.length} tokens tagged, ${names} person names, ` +
      `${parsed.faults.length} line(s) passed through as O; ${Math.round(tokens.length / Math.max(seconds, 1e-9))} tokens/s → ${output}\n`,
  );
}

main();
