/**
 * What a built page makes the browser download, read from the built files alone: the
 * scripts, module preloads and stylesheets its HTML names (also those its inline loader
 * asks for after the first paint, and its inline blocks), the modules those import
 * statically (followed through the chunks), and the web fonts it preloads or whose
 * unicode-range covers a character it shows at that weight (on a device without the font:
 * fonts.css takes the system's copy first where there is one). Used by tests/budgets.test.ts
 * and printed by the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";

export interface AssetSize {
  /** The URL path as the page names it, e.g. "/assets/index-abc.js". */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageCost {
  js: AssetSize[];
  css: AssetSize[];
  fonts: AssetSize[];
  /** Sums: gzip for JS and CSS (as served), file bytes for fonts (woff2 is compressed already). */
  jsGzip: number;
  cssGzip: number;
  fontBytes: number;
}

/** Static imports in built (minified) ES modules: `import{a as b}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Gzipped at level 9, as every budget counts it. */
export function gzipSize(buffer: Buffer): number {
  return gzipSync(buffer, { level: 9 }).length;
}

function fileFor(distDir: string, url: string): string {
  const file = path.join(distDir, decodeURIComponent(url.replace(/^\//, "")));
  if (!existsSync(file))
    throw new Error(`budget: the page names ${url}, but ${file} does not exist`);
  return file;
}

function sizeOf(distDir: string, url: string): AssetSize {
  const buffer = readFileSync(fileFor(distDir, url));
  return { url, bytes: buffer.length, gzip: gzipSize(buffer) };
}

function inlineSize(url: string, code: string): AssetSize {
  const buffer = Buffer.from(code, "utf8");
  return { url, bytes: buffer.length, gzip: gzipSize(buffer) };
}

/** The module and its static imports, depth first, each once. */
function moduleGraph(distDir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(fileFor(distDir, url), "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      if (!specifier.startsWith(".") && !specifier.startsWith("/")) continue;
      visit(new URL(specifier, `http://site${url}`).pathname);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

interface FontFace {
  weight: number;
  url: string;
  ranges: [number, number][];
}

/** "U+20", "U+6??" (a wildcard, as minifiers write 0600-06FF), "U+750-77F". */
function parseRange(part: string): [number, number] {
  const value = part.trim().replace(/^U\+/i, "");
  if (value.includes("?"))
    return [parseInt(value.replace(/\?/g, "0"), 16), parseInt(value.replace(/\?/g, "F"), 16)];
  const [from, to = from] = value.split("-");
  return [parseInt(from!, 16), parseInt(to!, 16)];
}

export function parseFontFaces(css: string, family: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1]!;
    const name = /font-family:\s*["']?([^;"']+)["']?/.exec(body)?.[1]?.trim();
    // The file, also when local() names the system's copy first (fonts.css).
    const url = /src:[^;]*?url\(["']?([^)"']+\.woff2)["']?\)/.exec(body)?.[1];
    if (name !== family || !url) continue;
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    faces.push({ weight, url, ranges: range ? range.split(",").map(parseRange) : [[0, 0x10ffff]] });
  }
  return faces;
}

const BOLD_CLASS = /(?:^|\s)font-(?:semibold|bold|extrabold|black)(?:\s|$)/;

/**
 * The characters the page shows, by weight: bold when an ancestor says so (a font-bold
 * class, <strong>, <b>; Tailwind's base makes headings inherit their weight). Text under
 * [hidden] is not drawn, so it loads no font.
 */
export function charactersByWeight(html: string): Map<number, Set<number>> {
  const { document, NodeFilter } = new JSDOM(html).window;
  const byWeight = new Map<number, Set<number>>([
    [400, new Set()],
    [700, new Set()],
  ]);
  const root = document.getElementById("root") ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let bold = false;
    let hidden = false;
    for (let el = node.parentElement; el && !hidden; el = el.parentElement) {
      if (el.hasAttribute("hidden") || el.tagName === "SCRIPT" || el.tagName === "svg")
        hidden = true;
      if (
        el.tagName === "STRONG" ||
        el.tagName === "B" ||
        BOLD_CLASS.test(el.getAttribute("class") ?? "")
      )
        bold = true;
    }
    if (hidden) continue;
    const set = byWeight.get(bold ? 700 : 400)!;
    for (const char of node.textContent ?? "") set.add(char.codePointAt(0)!);
  }
  return byWeight;
}

/**
 * Which font files the page's text needs: for each character, the face the browser picks —
 * the last declared face of that weight whose unicode-range covers it (CSS Fonts §5.4).
 */
export function fontsForText(
  faces: readonly FontFace[],
  byWeight: Map<number, Set<number>>,
): string[] {
  const needed = new Set<string>();
  for (const [weight, chars] of byWeight) {
    const candidates = faces.filter((face) => face.weight === weight).reverse();
    for (const char of chars) {
      const face = candidates.find((f) =>
        f.ranges.some(([from, to]) => char >= from && char <= to),
      );
      if (face) needed.add(face.url);
    }
  }
  return [...needed];
}

export function pageCost(
  distDir: string,
  pageFile: string,
  { fontFamily = "Noto Naskh Arabic" } = {},
): PageCost {
  const page = readFileSync(path.join(distDir, pageFile), "utf8");
  // Inline <style> blocks are measured as text, and kept from JSDOM, whose CSS parser
  // throws on syntax newer than it knows (typed attr()) that browsers accept.
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const html = page.replace(/<style>[\s\S]*?<\/style>/g, "");
  const { document } = new JSDOM(html).window;
  const attr = (selector: string, name: string) =>
    Array.from(document.querySelectorAll(selector))
      .map((el) => el.getAttribute(name))
      .filter((v): v is string => Boolean(v));

  const scripts = attr("script[src]", "src").filter((src) => src.startsWith("/assets/"));
  const classicScripts = attr("script[src]:not([type=module])", "src").filter(
    (src) => !src.startsWith("/assets/"),
  );
  // A prerendered page's inline loader (first-paint.ts) names the app and the stylesheet it
  // asks for once the page is on screen: loaded by every visit all the same, so counted.
  const inline = Array.from(
    document.querySelectorAll('script:not([src]):not([type="application/json"])'),
    (el) => el.textContent ?? "",
  );
  const named = (ext: string) =>
    inline.flatMap((code) =>
      [...code.matchAll(new RegExp(`"(/assets/[^"]+\\.${ext})"`, "g"))].map((m) => m[1]!),
    );
  const modules = moduleGraph(distDir, [
    ...scripts,
    ...attr('link[rel="modulepreload"]', "href"),
    ...named("js"),
  ]);
  // The <noscript> link names the same stylesheet as the loader (JSDOM parses noscript's
  // content, scripting being off).
  const css = [...new Set([...attr('link[rel="stylesheet"]', "href"), ...named("css")])];
  const js = [...modules, ...classicScripts]
    .map((url) => sizeOf(distDir, url))
    .concat(inline.map((code, i) => inlineSize(`(inline script ${i + 1})`, code)));
  const cssSizes = css
    .map((url) => sizeOf(distDir, url))
    .concat(styles.map((code, i) => inlineSize(`(inline style ${i + 1})`, code)));

  const faces = [
    ...css.map((url) => readFileSync(fileFor(distDir, url), "utf8")),
    ...styles,
  ].flatMap((text) => parseFontFaces(text, fontFamily));
  const preloaded = attr('link[rel="preload"][as="font"]', "href");
  const fonts = [...new Set([...preloaded, ...fontsForText(faces, charactersByWeight(html))])].map(
    (url) => sizeOf(distDir, url),
  );

  const sum = (list: AssetSize[], key: "gzip" | "bytes") =>
    list.reduce((total, a) => total + a[key], 0);
  return {
    js,
    css: cssSizes,
    fonts,
    jsGzip: sum(js, "gzip"),
    cssGzip: sum(cssSizes, "gzip"),
    fontBytes: sum(fonts, "bytes"),
  };
}

/** The newest modification time under the given paths (files or folders), in ms. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}
