/**
 * The Content Security Policy of the built app: one source for the `<meta http-equiv>` that
 * the build puts in every HTML page and for the header that `npm run preview` sends (and
 * that a real host should send). Each directive says why it is as tight as it is.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/**
 * The Trusted Types policies the app may create, each vouching for one kind of script URL
 * and nothing else: the service worker's (src/app/offline/register.ts) and the /read page's
 * parse worker's (src/features/read-own/api/worker-url.ts). No policy creates HTML.
 */
export const TRUSTED_TYPES_POLICIES = ["service-worker-url", "read-own-worker"] as const;

/**
 * Directive → sources. Order is the order they are written in. `script-src` and `style-src`
 * are the template's: a prerendered page also names, by hash, the inline blocks it carries
 * for its first paint (scripts/lib/first-paint.ts; see pagePolicy below).
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  // Anything not named below: this origin only.
  ["default-src", "'self'"],
  // Our own files only: no inline script but the ones a page names by hash, no eval, no CDN.
  // Embedded data is type="application/json" (not run).
  ["script-src", "'self'"],
  // Stylesheets from our origin only, no <style> block but the ones a page names by hash.
  // React sets its few style props through the CSSOM (element.style), which a policy does
  // not govern.
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  // The article JSON comes from our origin; nothing phones home.
  ["connect-src", "'self'"],
  // The service worker (sw.js, workbox-*.js) is ours.
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["object-src", "'none'"],
  ["frame-src", "'none'"],
  // No <base> may redirect relative URLs; the search form submits to this origin.
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
  // No plain string ever reaches an HTML or script sink (innerHTML, script URLs, eval's
  // cousins): the browser refuses such assignments outright. The named policies only let
  // our own worker scripts' URLs through.
  ["require-trusted-types-for", "'script'"],
  ["trusted-types", TRUSTED_TYPES_POLICIES.join(" ")],
];

/**
 * Only honoured in a header: `frame-ancestors` (a <meta> policy that names it makes
 * Chromium log a console error and ignore it).
 */
const HEADER_ONLY: ReadonlyArray<readonly [string, string]> = [["frame-ancestors", "'none'"]];

const serialise = (directives: ReadonlyArray<readonly [string, string]>): string =>
  directives.map(([name, value]) => `${name} ${value}`).join("; ");

/** The policy as written in the `<meta http-equiv="Content-Security-Policy">` of each page. */
export const CSP_META = serialise(DIRECTIVES);

/** The policy as sent in the `Content-Security-Policy` header: the meta's plus header-only directives. */
export const CSP_HEADER = serialise([...DIRECTIVES, ...HEADER_ONLY]);

/**
 * The headers every response gets from `vite preview` (and should from any static host
 * serving dist/). The Content-Security-Policy header is page by page: previewPolicyPlugin.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

/** Inline blocks a page carries, as CSP hash sources (`'sha256-…'`). */
export interface InlineSources {
  scripts: readonly string[];
  styles: readonly string[];
}

/** A CSP hash source for an inline block's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** A prerendered page's policy: the template's, with its own inline blocks named by hash. */
export function pagePolicy({ scripts, styles }: InlineSources): { meta: string; header: string } {
  const extra: Record<string, readonly string[]> = { "script-src": scripts, "style-src": styles };
  const withHashes = DIRECTIVES.map(([name, value]): readonly [string, string] => [
    name,
    [value, ...(extra[name] ?? [])].join(" "),
  ]);
  return { meta: serialise(withHashes), header: serialise([...withHashes, ...HEADER_ONLY]) };
}

/** The file that tells a static host (Netlify, Cloudflare Pages) each page's headers, and `vite preview` too. */
export const HEADERS_FILE = "_headers";

/** `_headers`: for each prerendered page's address, its Content-Security-Policy header. */
export function headersFile(pages: ReadonlyArray<{ url: string; policy: string }>): string {
  return pages.map(({ url, policy }) => `${url}\n  Content-Security-Policy: ${policy}\n`).join("");
}

/** Address → policy, from a `_headers` file as headersFile writes it. */
export function readHeadersFile(text: string): Map<string, string> {
  const policies = new Map<string, string>();
  let url: string | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("/")) url = line.trim();
    const header = /^\s+Content-Security-Policy:\s*(.+)$/.exec(line);
    if (header && url !== null) policies.set(url, header[1]!);
  }
  return policies;
}

/**
 * `vite preview` sends each prerendered page its own policy, read from dist/_headers (the
 * static headers stay in `preview.headers`). Addresses it does not list (the offline app
 * shell, the assets) get the template's policy, and an address that matches no file is
 * answered with index.html (the SPA fallback), so it gets the library page's.
 */
export function previewPolicyPlugin(): Plugin {
  return {
    name: "arabic-news-reader:preview-policy",
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const file = path.join(outDir, HEADERS_FILE);
      // Read again whenever a new build has rewritten it, as a host would pick up a deploy.
      let read = { mtime: -1, policies: new Map<string, string>() };
      const current = () => {
        const mtime = existsSync(file) ? statSync(file).mtimeMs : 0;
        if (mtime !== read.mtime)
          read = {
            mtime,
            policies: mtime ? readHeadersFile(readFileSync(file, "utf8")) : new Map(),
          };
        return read.policies;
      };
      server.middlewares.use((request, response, next) => {
        const policies = current();
        const pathname = decodeURI(new URL(request.url ?? "/", "http://site").pathname);
        const page = pathname.replace(/\.html$/, "").replace(/\/index$/, "/");
        // A file the list does not name (an asset, the app shell) has the template's policy;
        // an address with no file of its own is answered with index.html, so has its policy.
        const served = path.join(outDir, pathname);
        const isFile =
          served.startsWith(outDir + path.sep) && existsSync(served) && statSync(served).isFile();
        const fallback = isFile ? undefined : policies.get("/");
        const policy = policies.get(page) ?? fallback;
        response.setHeader("Content-Security-Policy", policy ?? CSP_HEADER);
        next();
      });
    },
  };
}

export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;

/**
 * Puts the policy in the built index.html, right after <meta charset>, before any script.
 * Build only: the dev server injects an inline React Refresh preamble that this policy would
 * (rightly) refuse. Pages prerendered from the built index.html inherit the tag.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: "arabic-news-reader:csp-meta",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (html.includes('http-equiv="Content-Security-Policy"')) return html;
        const charset = /<meta\s+charset=[^>]*>/i;
        if (charset.test(html))
          return html.replace(charset, (tag) => `${tag}\n    ${CSP_META_TAG}`);
        return html.replace(/<head[^>]*>/i, (tag) => `${tag}\n    ${CSP_META_TAG}`);
      },
    },
  };
}
