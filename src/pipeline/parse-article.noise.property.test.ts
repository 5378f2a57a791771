/**
 * Property tests of `parseArticle` on broken text: news articles with noise put in
 * anywhere (BOMs, CR/CRLF, bidi controls, combining marks, astral and lone surrogates,
 * markup), short rule-hitting pieces in any order, and any Unicode at all. A separate
 * file from the structured properties so that the two run side by side.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { PROPERTY_RUNS } from "../testing/article-arbitraries.ts";
import { checkParse } from "../testing/article-checks.ts";
import { anyUnicodeText, noisyNewsText, piecesText } from "../testing/noisy-arbitraries.ts";
import { createCueRecognizer } from "./people/cues.ts";

const recognizers = [createCueRecognizer(), createCueRecognizer()] as const;
const TIMEOUT_MS = 300_000;

const properties = [
  ["noisyNews", noisyNewsText, "news articles with noise anywhere"],
  ["pieces", piecesText, "rule-hitting pieces in any order"],
  ["anyUnicode", anyUnicodeText, "any Unicode"],
] as const;

const tally = new Map<string, { runs: number; errors: number }>();
afterAll(() => {
  for (const [name, t] of tally)
    console.log(`property ${name}: ${t.runs} generated articles, ${t.errors} one-line SeedErrors`);
});

describe("parseArticle on broken text", () => {
  for (const [name, text, what] of properties) {
    it(
      `gives a valid article that loses nothing and is deterministic, or a one-line SeedError, on ${what} (${PROPERTY_RUNS[name]} runs)`,
      () => {
        const t = { runs: 0, errors: 0 };
        tally.set(name, t);
        fc.assert(
          fc.property(text, (source) => {
            t.runs++;
            if (checkParse(source, recognizers).kind === "error") t.errors++;
          }),
          { numRuns: PROPERTY_RUNS[name] },
        );
        expect(t.runs).toBe(PROPERTY_RUNS[name]);
      },
      TIMEOUT_MS,
    );
  }
});
