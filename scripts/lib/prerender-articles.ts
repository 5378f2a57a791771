/**
 * The article pages of the prerender, rendered again only when they would change. A page is
 * keyed by the hash of its article's JSON, its description and the prerender's version; the
 * version hashes the built template (which names the content-hashed stylesheet and scripts),
 * the compiled server entry (every component the page renders) and the prerender's own code.
 *
 * `vite build` empties dist/ on every build, so the pages live in a cache
 * (node_modules/.cache/prerender-articles/<hash of the output folder>/) and each page in dist/
 * is a hard link to its cached file: an unchanged page costs one link, not a render.
 *
 *   const pages = await prerenderArticles({ root, outDir, version, slugs, excerpts, render });
 */
import { existsSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { manifestFileFor, readManifest, sha256, writeManifest } from "./build-cache.ts";
import type { Progress } from "./progress.ts";

/** What a page's render gives: its finished HTML and its policy for the headers file. */
export interface RenderedArticle {
  url: string;
  file: string;
  html: string;
  policy: string;
}

interface CachedPage {
  key: string;
  url: string;
  file: string;
  policy: string;
  bytes: number;
}

export interface PrerenderArticlesOptions {
  root: string;
  outDir: string;
  version: string;
  /** The slugs to write, in order. */
  slugs: readonly string[];
  /** The page's description, by slug (absent for an article outside the index). */
  excerpts: ReadonlyMap<string, string>;
  render: (slug: string, json: string) => Promise<RenderedArticle>;
  progress?: (total: number) => Progress | undefined;
}

export interface PrerenderedArticles {
  pages: Array<{ url: string; file: string; bytes: number; policy: string; cached: boolean }>;
  rendered: number;
  kept: number;
}

/** The prerender's version: the built template and server entry, and the prerender's code. */
export function prerenderVersion(templateHtml: string, entryFile: string, code: string): string {
  return sha256(templateHtml, readFileSync(entryFile), code);
}

async function placeInOutput(cached: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await rm(target, { force: true });
  await link(cached, target).catch(() => copyFile(cached, target));
}

export async function prerenderArticles(
  options: PrerenderArticlesOptions,
): Promise<PrerenderedArticles> {
  const manifestFile = manifestFileFor(options.root, "prerender-articles", options.outDir);
  const cacheDir = manifestFile.slice(0, -".json".length);
  const previous = readManifest<CachedPage>(manifestFile, options.version);
  const next = new Map<string, CachedPage>();
  const result: PrerenderedArticles = { pages: [], rendered: 0, kept: 0 };
  const bar = options.progress?.(options.slugs.length);
  await mkdir(cacheDir, { recursive: true });
  for (const slug of options.slugs) {
    const jsonFile = path.join(options.outDir, "articles", `${slug}.json`);
    if (!existsSync(jsonFile))
      throw new Error(
        `prerender: ${jsonFile} is missing; the build copies public/articles into it`,
      );
    const json = await readFile(jsonFile, "utf8");
    const key = sha256(json, options.excerpts.get(slug) ?? "no description");
    const cachedFile = path.join(cacheDir, `${slug}.html`);
    let page = previous.get(slug);
    const cached = page?.key === key && existsSync(cachedFile);
    if (!cached || !page) {
      const rendered = await options.render(slug, json);
      // Written beside and renamed: a link from an earlier dist/ keeps the old page intact.
      await writeFile(`${cachedFile}.tmp`, rendered.html);
      await rename(`${cachedFile}.tmp`, cachedFile);
      page = {
        key,
        url: rendered.url,
        file: rendered.file,
        policy: rendered.policy,
        bytes: Buffer.byteLength(rendered.html),
      };
      result.rendered++;
    } else result.kept++;
    await placeInOutput(cachedFile, path.join(options.outDir, page.file));
    next.set(slug, page);
    const { url, file, bytes, policy } = page;
    result.pages.push({ url, file, bytes, policy, cached });
    bar?.tick();
  }
  bar?.done();
  // Pages of articles that are gone leave the cache, and the output if it was not rebuilt.
  for (const [slug, page] of previous)
    if (!next.has(slug)) {
      await rm(path.join(cacheDir, `${slug}.html`), { force: true });
      await rm(path.join(options.outDir, page.file), { force: true });
    }
  writeManifest(manifestFile, options.version, next);
  return result;
}
