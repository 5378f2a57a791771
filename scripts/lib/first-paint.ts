/**
 * What a prerendered page needs for its first paint, put in the page itself, and everything
 * else asked for only after that paint (the page must be as fast as a static one).
 *
 * A static page paints after one request: its HTML. The built template asks for three more
 * before the browser may paint: the theme boot script (parser-blocking), the stylesheet
 * (render-blocking) and the app's module script, each a round trip on a phone network (and
 * the app's 125 kB compete with the first two for the bandwidth). So each page gets:
 *
 * - the CSS rules its own markup uses, inlined as a <style> block (beasties computes them
 *   from the page's DOM), plus the rules the reader's saved settings switch on (theme, font
 *   size: set on <html> by the boot script, so absent from the markup beasties reads);
 * - the boot script's text inline, so it still runs before the first paint;
 * - a small inline module that, once the page is on screen, asks for the full stylesheet
 *   and then starts the app (same files as before, so the service worker's precache and the
 *   HTTP cache serve them alike). The app is imported after the stylesheet has loaded, so
 *   nothing it renders ever shows without its style;
 * - a <noscript> link to the full stylesheet, for readers without JavaScript.
 *
 * Inline code needs the page's Content-Security-Policy to name it: each inline block is
 * returned with its SHA-256, and vite/csp.ts builds the page's policy from them (no
 * 'unsafe-inline' anywhere).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Beasties from "beasties";
import postcss from "postcss";
import { minifySync } from "vite";
import { cspHash } from "../../vite/csp.ts";

export const FIRST_PAINT = {
  BOOT_SCRIPT: "/settings-boot.js",
  MANIFEST: "/manifest.webmanifest",
  /**
   * Selectors kept whatever the markup: the settings the boot script applies to <html>
   * before the first paint (a dark-theme reader must not see a light page first), and
   * Tailwind's `:where(.space-y-* > :not(:last-child))` spacing, which beasties cannot
   * match against the markup and would drop (the outline's entries then moved 2 px each
   * when the full stylesheet arrived: a layout shift the e2e test caught).
   */
  ALWAYS_INLINE: [/data-theme/, /data-font-size/, /:where\(/],
} as const;

/**
 * What of the inlined CSS can never change the first frame, dropped from it (the full
 * stylesheet, asked for right after that frame, has it all): print rules, rules that only
 * apply on hover, focus or press, transitions and animations, and rules for readers without
 * JavaScript (`html:not([data-js])`: the boot script sets the mark before the first frame,
 * and a reader without it gets the whole stylesheet through <noscript>). It matters for
 * the bytes, not for taste: a page whose HTML fits the first ~14 kB a connection may send
 * (TCP's initial window) paints one round trip sooner, and the seed article's page was
 * 0.8 kB over.
 */
const NOT_FIRST_FRAME = {
  SELECTOR:
    /:(?:hover|focus|focus-visible|focus-within|active)\b|::selection|::placeholder|:not\(\[data-js\]\)/,
  DECLARATION:
    /^(?:transition|animation|will-change|cursor|user-select|-webkit-user-select|touch-action|-webkit-tap-highlight-color)/,
} as const;

export function firstFrameCss(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules("media", (rule) => {
    if (rule.params.trim() === "print") rule.remove();
  });
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !NOT_FIRST_FRAME.SELECTOR.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkDecls((declaration) => {
    if (NOT_FIRST_FRAME.DECLARATION.test(declaration.prop)) declaration.remove();
  });
  // Emptied rules and blocks, innermost first.
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules((rule) => {
    if (rule.nodes !== undefined && rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}

function minifyScript(name: string, code: string): string {
  const result = minifySync(name, code);
  if (result.errors.length > 0)
    throw new Error(
      `first paint: ${name} does not minify: ${result.errors.map((e) => e.message).join("; ")}`,
    );
  return result.code.trim();
}

/** The inline blocks a page carries, for its policy: `'sha256-…'` sources. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export interface FirstPaintPage {
  html: string;
  hashes: InlineHashes;
}

function takeOne(
  html: string,
  pattern: RegExp,
  what: string,
): { html: string; match: RegExpExecArray } {
  const matches = [...html.matchAll(new RegExp(pattern.source, "g"))];
  if (matches.length !== 1)
    throw new Error(`first paint: expected one ${what} in the page, found ${matches.length}`);
  const match = matches[0] as RegExpExecArray;
  return { html: html.slice(0, match.index) + html.slice(match.index + match[0].length), match };
}

/**
 * The inline module that starts the app once the page is on screen and loaded: after `load`,
 * the next frame and an idle moment, so no ordering of the first paint and the app's download
 * can put the download before the paint (Lighthouse's simulation would count it in LCP). A
 * hidden tab paints nothing and runs no animation frames, so there it starts at once. The
 * app's modules are fetched alongside the stylesheet (modulepreload) but run after it has
 * loaded; so are the page's own lazily loaded modules (`pageModules`), which React would
 * otherwise ask for only when hydration reaches them, a round trip later.
 */
export function appLoader(
  stylesheet: string,
  app: string,
  pageModules: readonly string[] = [],
): string {
  const quote = (url: string) => JSON.stringify(url);
  const preloadPage = pageModules.map((m) => `p(${quote(m)});`).join("");
  // Short names, since every page carries it: a adds a link, p preloads a module, s starts
  // the app, i waits for an idle moment.
  return [
    `const a=(r,h)=>{const l=document.createElement("link");l.rel=r;l.href=h;document.head.append(l);return l};`,
    `const p=(h)=>a("modulepreload",h);`,
    `const s=()=>{p(${quote(app)});${preloadPage}const c=a("stylesheet",${quote(stylesheet)});`,
    // A stylesheet fires one of the two, once; a second import() of a module would be a no-op.
    `c.onload=c.onerror=()=>import(${quote(app)});a("manifest",${quote(FIRST_PAINT.MANIFEST)})};`,
    `const i=()=>requestAnimationFrame(()=>setTimeout(()=>window.requestIdleCallback?requestIdleCallback(s,{timeout:1e3}):s(),0));`,
    `document.hidden?s():document.readyState=="complete"?i():addEventListener("load",i);`,
  ].join("");
}

/**
 * Turns a page made from the built template into one that paints from its own bytes.
 * `distDir` is where the template's stylesheet and boot script are; `pageModules`, the
 * URLs of the lazily loaded modules the page's markup came from.
 */
export async function firstPaintPage(
  html: string,
  distDir: string,
  pageModules: readonly string[] = [],
): Promise<FirstPaintPage> {
  const beasties = new Beasties({
    path: distDir,
    publicPath: "/",
    // Moves the stylesheet's <link> to the end of <body>, where it is taken out below (the
    // loader asks for it); the other strategies add inline event handlers, which the CSP
    // refuses.
    preload: "body",
    noscriptFallback: false,
    inlineFonts: true,
    preloadFonts: false,
    pruneSource: false,
    allowRules: [...FIRST_PAINT.ALWAYS_INLINE],
    logLevel: "silent",
  });
  let page = await beasties.process(html);

  const sheet = takeOne(
    page,
    /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/,
    "stylesheet link",
  );
  page = sheet.html;
  const stylesheet = sheet.match[1]!;
  const module = takeOne(
    page,
    /<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"[^>]*><\/script>/,
    "module script",
  );
  page = module.html;
  const app = module.match[1]!;
  page = takeOne(page, /\s*<link rel="manifest"[^>]*>/, "manifest link").html;

  const boot = minifyScript(
    FIRST_PAINT.BOOT_SCRIPT,
    readFileSync(path.join(distDir, FIRST_PAINT.BOOT_SCRIPT), "utf8"),
  );
  page = takeOne(
    page,
    new RegExp(`<script src="${FIRST_PAINT.BOOT_SCRIPT}"></script>`),
    "boot script",
  ).html;

  const loader = appLoader(stylesheet, app, pageModules);
  const styles: string[] = [];
  page = page.replace(/<style>([\s\S]*?)<\/style>/g, (_block, css: string) => {
    styles.push(firstFrameCss(css));
    return `<style>${styles.at(-1)}</style>`;
  });
  if (styles.length === 0) throw new Error("first paint: beasties inlined no CSS");

  // At the end of <head>: the boot script still runs before the body is parsed, hence
  // before the first paint; the loader is a module, so it runs once the document is parsed.
  const inlineHead = [
    `<script>${boot}</script>`,
    `<script type="module">${loader}</script>`,
    `<noscript><link rel="stylesheet" href="${stylesheet}"></noscript>`,
  ].join("\n    ");
  page = page.replace(/<\/head>/, () => `    ${inlineHead}\n  </head>`);
  return {
    html: page,
    hashes: { scripts: [cspHash(boot), cspHash(loader)], styles: styles.map(cspHash) },
  };
}
