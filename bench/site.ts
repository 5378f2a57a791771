/**
 * The site the benchmark measures: the production build in a folder of its own (dist/ is left
 * alone), with the long article, its native-anchor baseline and the floor (the seed article's
 * text as bare static HTML) beside it; and a plain static server for it on a free localhost port.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article/schema.ts";
import { escapeHtml } from "../scripts/lib/prerender-html.ts";
import { pageCost, type PageCost } from "../scripts/lib/prerender-budget.ts";
import { prerender } from "../scripts/prerender.ts";
import { addLongArticle, writeBaselineCss } from "./long-article-page.ts";
import { startStaticServer } from "./static-server.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const SITE = {
  OUT_DIR: path.join(ROOT, "node_modules", ".cache", "bench", "dist"),
  FLOOR_DIR: "bench-floor",
} as const;

export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The environment without Vitest's variables (they make vite.config.ts drop build plugins). */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV"),
  );
}

/** The seed article's text as bare HTML: no CSS, no font, no script. The floor. */
export function floorPage(article: Article): string {
  const body = article.sections
    .map((s) => {
      const heading = s.heading === null ? "" : `<h2>${escapeHtml(s.heading)}</h2>`;
      return (
        heading +
        s.blocks
          .map((b) => `<p>${escapeHtml(b.type === "paragraph" ? b.text : b.label + b.title)}</p>`)
          .join("")
      );
    })
    .join("\n");
  return `<!doctype html>
<html lang="ar" dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(article.title)}">
<title>${escapeHtml(article.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(article.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export interface Built {
  dir: string;
  articleSlug: string;
  long: ReturnType<typeof addLongArticle>;
  articleCost: PageCost;
  libraryCost: PageCost;
}

export async function buildSite(): Promise<Built> {
  const dir = SITE.OUT_DIR;
  rmSync(dir, { recursive: true, force: true });
  log(`building into ${path.relative(ROOT, dir)}`);
  execFileSync("npx", ["vite", "build", "--outDir", dir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    env: buildEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const long = addLongArticle(dir);
  writeBaselineCss(dir);
  await prerender({ outDir: dir, extraArticles: [long.slug] });

  const index = JSON.parse(readFileSync(path.join(dir, "articles", "index.json"), "utf8")) as {
    articles: { slug: string }[];
  };
  const articleSlug = index.articles[0]?.slug;
  if (!articleSlug) throw new Error("bench: the build has no article");
  const article = JSON.parse(
    readFileSync(path.join(dir, "articles", `${articleSlug}.json`), "utf8"),
  ) as Article;
  mkdirSync(path.join(dir, SITE.FLOOR_DIR), { recursive: true });
  writeFileSync(path.join(dir, SITE.FLOOR_DIR, `${articleSlug}.html`), floorPage(article));
  return {
    dir,
    articleSlug,
    long,
    articleCost: pageCost(dir, `articles/${articleSlug}.html`),
    libraryCost: pageCost(dir, "index.html"),
  };
}

/**
 * The build served as a CDN would (bench/static-server.ts: files, gzip, clean article
 * addresses, 404.html), on a free localhost port. `close` stops it.
 */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await startStaticServer(dir);
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
