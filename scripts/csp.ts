/**
 * The Content Security Policy of the built app: one source for the `<meta http-equiv>` that
 * the build puts in every HTML page and for the header that `npm run preview` sends (and
 * that a real host should send). Each directive says why it is as tight as it is.
 */
import type { Plugin } from "vite";

/**
 * The Trusted Types policies the app may create, each vouching for one kind of script URL
 * and nothing else: the service worker's (src/app/offline/register.ts) and the /read page's
 * parse worker's (src/features/read-own/api/worker-url.ts). No policy creates HTML.
 */
export const TRUSTED_TYPES_POLICIES = ["service-worker-url", "read-own-worker"] as const;

/** Directive → sources. Order is the order they are written in. */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  // Anything not named below: this origin only.
  ["default-src", "'self'"],
  // Our own files only: no inline script, no eval, no CDN. The theme boot script is an
  // external file for this reason, and embedded data is type="application/json" (not run).
  ["script-src", "'self'"],
  // Stylesheets from our origin only, no <style> blocks. React sets its few style props
  // through the CSSOM (element.style), which a policy does not govern.
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

/** Headers for `vite preview` (and for any static host serving dist/). */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

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
