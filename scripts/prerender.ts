/**
 * Prerender: after `vite build`, writes real HTML for every page of the built app,
 * so the first paint needs neither JavaScript nor a fetch:
 *
 *   dist/index.html               the library's page 1
 *   dist/page/<n>.html            its page n (served at /page/<n>), see lib/library-pages.ts
 *   dist/articles/<slug>.html     each article, beside its <slug>.json (a static host and
 *                                 `vite preview` serve it at /articles/<slug>, no redirect)
 *   dist/read.html                "read your own text", its empty form (served at /read)
 *   dist/404.html                 the catch-all page (static hosts answer unknown URLs with it)
 *
 * The addresses, and the module each lazily loaded page comes from, are the app's own route
 * table (src/app/route-table.ts). The markup comes from src/entry-server.tsx: the browser's
 * own routes, components and query cache, compiled by Vite for Node. Each page embeds its
 * dehydrated query cache as JSON, which src/main.tsx hydrates from.
 *
 *   npx tsx scripts/prerender.ts [--out dist]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { articleSchema, librarySchema, type Article, type Library } from "../src/article/schema.ts";
import type { EntryServer } from "../src/app/embedded-data.ts";
import {
  articlePath,
  LAZY_PAGE_MODULES,
  PAGE_PATHS,
  pageRouteIdAt,
} from "../src/app/route-table.ts";
import { HEADERS_FILE, headersFile, pagePolicy } from "../vite/csp.ts";
import { sourceGraphHash } from "./lib/build-cache.ts";
import { firstPaintPage } from "./lib/first-paint.ts";
import { libraryPagesIn, libraryPageTarget } from "./lib/library-pages.ts";
import { prerenderArticles, prerenderVersion } from "./lib/prerender-articles.ts";
import { renderDocument, replaceOnce } from "./lib/prerender-html.ts";
import { longRunBar } from "./lib/progress.ts";

/** The template's policy <meta>, however beasties re-serialised it. */
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

// React and the router read it when Node first loads them: the production server renderer.
process.env.NODE_ENV = "production";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const PRERENDER = {
  ENTRY: "src/entry-server.tsx",
  /** Inside the project, so that Node finds react & co. from the compiled entry; one per process. */
  SSR_DIR: `node_modules/.cache/prerender-${process.pid}`,
  /** The catch-all page's file, and an address no route but the catch-all matches. */
  NOT_FOUND_FILE: "404.html",
  NOT_FOUND_URL: "/404",
} as const;

/** The lazily loaded module a prerendered page's markup comes from, by its address. */
function lazyModuleAt(url: string): string | undefined {
  const id = pageRouteIdAt(url);
  return id === null ? undefined : LAZY_PAGE_MODULES[id];
}

/** The pages at one address each, but the library's ("/"), which has data of its own. */
const STATIC_URLS: readonly string[] = Object.values(PAGE_PATHS).filter(
  (path) => path !== "/" && path !== "*" && !path.includes(":"),
);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The built files (with their static imports, the entry's aside) of a lazily loaded source module. */
function lazyModuleFiles(outDir: string, source: string): string[] {
  const manifestFile = path.join(outDir, ".vite", "manifest.json");
  if (!existsSync(manifestFile))
    throw new Error(`prerender: ${manifestFile} is missing; vite.config.ts sets build.manifest`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(
        `prerender: ${key} is not in the build's manifest (renamed? LAZY_PAGE_MODULES in src/app/route-table.ts names what src/app/pages/lazy-pages.tsx loads)`,
      );
    if (chunk.isEntry || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  return [...files];
}

export interface PrerenderedPage {
  url: string;
  file: string;
  bytes: number;
  /** An article page taken from the cache, not rendered again. */
  cached?: boolean;
}

/** Compiles src/entry-server.tsx for Node with the app's own module resolution. */
async function buildEntry(root: string): Promise<EntryServer> {
  const outDir = path.join(root, PRERENDER.SSR_DIR);
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    mode: "production",
    plugins: [react()],
    build: {
      ssr: PRERENDER.ENTRY,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rolldownOptions: { output: { entryFileNames: "entry-server.mjs" } },
    },
  });
  return (await import(pathToFileURL(path.join(outDir, "entry-server.mjs")).href)) as EntryServer;
}

/**
 * The CSP (style-src 'self') drops style attributes written in markup, so a component that
 * renders one would look different before and after hydration: refuse it here.
 */
function assertNoStyleAttributes(url: string, html: string): void {
  const found = /<[^>]*\sstyle="[^"]*"/.exec(html);
  if (found)
    throw new Error(
      `prerender: ${url} renders a style attribute, which the CSP blocks: ${found[0].slice(0, 200)}`,
    );
}

function readJson(file: string): unknown {
  if (!existsSync(file))
    throw new Error(`prerender: ${file} is missing; the build copies public/articles into it`);
  return JSON.parse(readFileSync(file, "utf8"));
}

export interface PrerenderOptions {
  root?: string;
  outDir?: string;
  /** Slugs of articles whose JSON is in <outDir>/articles but not in its index (the benchmark's long article). */
  extraArticles?: readonly string[];
}

export async function prerender({
  root = ROOT,
  outDir = path.join(ROOT, "dist"),
  extraArticles = [],
}: PrerenderOptions = {}): Promise<PrerenderedPage[]> {
  const templateFile = path.join(outDir, "index.html");
  if (!existsSync(templateFile))
    throw new Error(`prerender: ${templateFile} is missing; run \`vite build\` first`);
  const template = readFileSync(templateFile, "utf8");
  const articlesDir = path.join(outDir, "articles");
  const library: Library = librarySchema.parse(readJson(path.join(articlesDir, "index.json")));

  const entry = await buildEntry(root);
  const pages: PrerenderedPage[] = [];
  const policies: { url: string; policy: string }[] = [];
  const paint = async (url: string, rendered: string) => {
    assertNoStyleAttributes(url, rendered);
    const lazyModule = lazyModuleAt(url);
    const pageModules = lazyModule === undefined ? [] : lazyModuleFiles(outDir, lazyModule);
    const { html: painted, hashes } = await firstPaintPage(rendered, outDir, pageModules);
    const policy = pagePolicy(hashes);
    const html = replaceOnce(
      painted,
      CSP_META,
      `<meta http-equiv="Content-Security-Policy" content="${policy.meta}" />`,
      "CSP <meta>",
    );
    return { html, policy: policy.header };
  };
  const write = async (url: string, file: string, rendered: string) => {
    const { html, policy } = await paint(url, rendered);
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, html);
    pages.push({ url, file, bytes: Buffer.byteLength(html) });
    policies.push({ url, policy });
  };

  // The library's pages, each from its own JSON. Page 1 is rendered first, written last:
  // index.html is the template of all the others.
  let writeHome = async () => {};
  for (const libraryPage of libraryPagesIn(articlesDir)) {
    const target = libraryPageTarget(libraryPage.page, libraryPage.pageCount);
    const page = await entry.renderPage({ url: target.url, libraryPage });
    if (page.status !== 200) throw new Error(`prerender: ${target.url} answered ${page.status}`);
    const head = { title: page.title ?? "", links: target.links };
    const html = renderDocument(template, head, page.html, page.data);
    const writePage = () => write(target.url, target.file, html);
    if (libraryPage.page === 1) writeHome = writePage;
    else await writePage();
  }

  const excerpts = new Map(library.articles.map((a) => [a.slug, a.excerpt]));
  const articles = await prerenderArticles({
    root,
    outDir,
    version: prerenderVersion(
      template,
      path.join(root, PRERENDER.SSR_DIR, "entry-server.mjs"),
      sourceGraphHash(
        root,
        [fileURLToPath(import.meta.url)],
        [path.join(root, "package-lock.json")],
      ),
    ),
    slugs: [...excerpts.keys(), ...extraArticles],
    excerpts,
    progress: (total) => longRunBar("prerender", total),
    render: async (slug, json) => {
      const article: Article = articleSchema.parse(JSON.parse(json));
      const url = articlePath(article.slug);
      const page = await entry.renderPage({ url, article });
      if (page.status !== 200) throw new Error(`prerender: ${url} answered ${page.status}`);
      const head = { title: page.title ?? article.title, description: excerpts.get(slug) };
      const painted = await paint(url, renderDocument(template, head, page.html, page.data));
      return { url, file: `${url.slice(1)}.html`, ...painted };
    },
  });
  for (const { policy, ...page } of articles.pages) {
    pages.push(page);
    policies.push({ url: page.url, policy });
  }

  // Pages with no data of their own; /read is its form only: what a reader pastes stays in
  // their browser, so there is nothing to embed.
  for (const url of STATIC_URLS) {
    const page = await entry.renderPage({ url });
    if (page.status !== 200) throw new Error(`prerender: ${url} answered ${page.status}`);
    await write(
      url,
      `${url.slice(1)}.html`,
      renderDocument(template, { title: page.title ?? "" }, page.html, page.data),
    );
  }

  const notFound = await entry.renderPage({ url: PRERENDER.NOT_FOUND_URL, matches: "any" });
  const notFoundHead = { title: notFound.title ?? "", noindex: true };
  await write(
    PRERENDER.NOT_FOUND_URL,
    PRERENDER.NOT_FOUND_FILE,
    renderDocument(template, notFoundHead, notFound.html, notFound.data),
  );

  await writeHome();
  writeFileSync(path.join(outDir, HEADERS_FILE), headersFile(policies));
  rmSync(path.join(root, PRERENDER.SSR_DIR), { recursive: true, force: true });
  return pages;
}

function parseArgs(argv: readonly string[]): { outDir: string } {
  const at = argv.indexOf("--out");
  const value = at >= 0 ? argv[at + 1] : undefined;
  return { outDir: path.resolve(value ?? path.join(ROOT, "dist")) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const pages = await prerender(parseArgs(process.argv.slice(2)));
  const rendered = pages.filter((page) => !page.cached);
  // One line per page written, unless a long run would bury the summary under them.
  if (rendered.length <= 200 || process.argv.includes("--verbose"))
    for (const page of rendered)
      console.log(`[prerender] ${page.file.padEnd(60)} ${(page.bytes / 1024).toFixed(1)} KB`);
  console.log(
    `[prerender] ${pages.length} pages (${pages.length - rendered.length} article pages unchanged) in ${Math.round(performance.now() - started)} ms`,
  );
}
