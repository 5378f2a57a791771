/**
 * The long article's two pages in a built site: the app's (200 sections and 50,000 words made
 * from the seed's sentences, run through the pipeline) and the baseline, the same text as plain
 * HTML whose outline is native anchor links. long-article.ts measures both.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../src/article/schema.ts";
import { parseArticle } from "../src/pipeline/parse-article.ts";
import { createCueRecognizer } from "../src/pipeline/people/cues.ts";
import { toJson } from "../scripts/build-articles.ts";
import { escapeHtml } from "../scripts/lib/prerender-html.ts";
import { makeLongArticle } from "./make-articles.ts";

/** Where the baseline page goes in the built site. */
export const BASELINE_FILE = "bench-baseline/long-article.html";

export interface LongArticleInfo {
  slug: string;
  sections: number;
  words: number;
  /** Section ids in order (the lead's first), for the outline clicks. */
  ids: string[];
}

/** Writes the long article's JSON beside the built ones, and the baseline page. */
export function addLongArticle(distDir: string): LongArticleInfo {
  const made = makeLongArticle();
  const article: Article = parseArticle(made.text, {
    file: made.file,
    recognizer: createCueRecognizer(),
  });
  writeFileSync(path.join(distDir, "articles", `${article.slug}.json`), toJson(article));
  const baseline = path.join(distDir, BASELINE_FILE);
  mkdirSync(path.dirname(baseline), { recursive: true });
  writeFileSync(baseline, baselinePage(article));
  return {
    slug: article.slug,
    sections: article.sections.length,
    words: article.stats.words,
    ids: article.sections.map((s) => s.id),
  };
}

/**
 * The same text as plain HTML: a sticky list of native anchor links beside the article,
 * smooth scrolling as the app's outline does (unless the reader asks for reduced motion).
 */
export function baselinePage(article: Article): string {
  const sections = article.sections
    .map((s) => {
      const heading =
        s.heading === null
          ? ""
          : `<h2 id="${escapeHtml(s.id)}" tabindex="-1">${escapeHtml(s.heading)}</h2>`;
      const blocks = s.blocks
        .map((b) => `<p>${escapeHtml(b.type === "paragraph" ? b.text : b.label + b.title)}</p>`)
        .join("");
      return `<section>${heading}${blocks}</section>`;
    })
    .join("\n");
  const links = article.sections
    .filter((s) => s.heading !== null)
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading ?? "")}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="ar" dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<link rel="stylesheet" href="baseline.css">
</head>
<body>
<nav aria-label="فهرس المقال"><ol>${links}</ol></nav>
<main><h1>${escapeHtml(article.title)}</h1>
${sections}
</main>
</body>
</html>
`;
}

/** A stylesheet file, not a <style> block: the preview server's CSP allows no inline style. */
export const BASELINE_CSS = `html { scroll-behavior: smooth; }
@media (prefers-reduced-motion: reduce) { html { scroll-behavior: auto; } }
body { display: grid; grid-template-columns: 15rem minmax(0, 65ch); gap: 2.5rem; justify-content: center; margin: 0; font-family: serif; line-height: 1.9; }
nav { position: sticky; top: 0; max-block-size: 100vh; overflow-y: auto; font-size: 0.9rem; }
`;

export function writeBaselineCss(distDir: string): void {
  writeFileSync(path.join(distDir, path.dirname(BASELINE_FILE), "baseline.css"), BASELINE_CSS);
}
