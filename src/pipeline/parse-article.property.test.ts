/**
 * Property tests of `parseArticle` on structured Arabic news articles (with and without a
 * sidecar of read-also links). The noise properties are in parse-article.noise.property.test.ts;
 * together they try PROPERTY_RUNS_TOTAL (≥ 10,000) generated articles per run.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkParse } from "../testing/article-checks.ts";
import {
  newsText,
  PROPERTY_RUNS,
  PROPERTY_RUNS_TOTAL,
  readAlsoSidecar,
} from "../testing/article-arbitraries.ts";
import { createCueRecognizer } from "./people/cues.ts";
import { unsafeUrlReason } from "./sidecar.ts";

const recognizers = [createCueRecognizer(), createCueRecognizer()] as const;
const tally = { newsArticles: { runs: 0, errors: 0 }, newsWithSidecar: { runs: 0, errors: 0 } };
const TIMEOUT_MS = 300_000;

afterAll(() => {
  for (const [name, t] of Object.entries(tally))
    console.log(`property ${name}: ${t.runs} generated articles, ${t.errors} one-line SeedErrors`);
});

describe("parseArticle on generated news articles", () => {
  it("tries at least 10,000 generated articles in all (with the noise properties)", () => {
    expect(PROPERTY_RUNS_TOTAL).toBeGreaterThanOrEqual(10_000);
  });

  it(
    `gives a valid article that loses nothing and is deterministic, or a one-line SeedError (${PROPERTY_RUNS.newsArticles} runs)`,
    () => {
      fc.assert(
        fc.property(newsText, (source) => {
          tally.newsArticles.runs++;
          if (checkParse(source, recognizers).kind === "error") tally.newsArticles.errors++;
        }),
        {
          numRuns: PROPERTY_RUNS.newsArticles,
          // Found by the first property test: a second BOM after the first must stay in the text.
          examples: [["\uFEFF\uFEFF*\nروسيا تتحدث عن نيتها عقد اجتماع وزاري\n"]],
        },
      );
      // The example is one of the runs.
      expect(tally.newsArticles.runs).toBe(PROPERTY_RUNS.newsArticles);
    },
    TIMEOUT_MS,
  );

  it(
    `refuses javascript:, data: and other unsafe sidecar links with a diagnostic, falling back to the search (${PROPERTY_RUNS.newsWithSidecar} runs)`,
    () => {
      fc.assert(
        fc.property(newsText, readAlsoSidecar, (source, sidecar) => {
          tally.newsWithSidecar.runs++;
          const { kind, article } = checkParse(source, recognizers, sidecar);
          if (kind === "error" || !article) {
            tally.newsWithSidecar.errors++;
            return;
          }
          const links = Array.isArray(sidecar.readAlso) ? sidecar.readAlso : [];
          const rejected = article.diagnostics
            .filter((d) => d.code === "read-also-url-rejected")
            .map((d) => d.text);
          expect(rejected).toEqual(
            links.filter((l) => unsafeUrlReason(l.url) !== null).map((l) => l.url),
          );
          for (const link of article.readAlso) {
            if (link.hrefSource === "search") expect(link.href.startsWith("/?q=")).toBe(true);
            else expect(link.href.startsWith("/") || link.href.startsWith("https://")).toBe(true);
          }
        }),
        { numRuns: PROPERTY_RUNS.newsWithSidecar },
      );
      expect(tally.newsWithSidecar.runs).toBe(PROPERTY_RUNS.newsWithSidecar);
    },
    TIMEOUT_MS,
  );
});
