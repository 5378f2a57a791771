/**
 * Puts one rendered page into the built index.html: its markup in #root, its data in a JSON
 * script, its title and description in <head>. Plain string work on a template Vite wrote,
 * so each step checks that what it replaces is there. (What the first paint needs is then
 * put inline by first-paint.ts.)
 */
import {
  APP_DATA_ID,
  serializeEmbeddedData,
  type EmbeddedPageData,
} from "../../src/app/embedded-data.ts";

export interface PageHead {
  title: string;
  /** The page's own description; the template's stays when absent. */
  description?: string;
  /** A page that must not be indexed (the 404 page). */
  noindex?: boolean;
  /** <link>s the page adds to <head>, e.g. { rel: "next", href: "/page/2" }. */
  links?: readonly { rel: string; href: string }[];
}

const EMPTY_ROOT = '<div id="root"></div>';
// Whitespace between attributes as a formatter may write it (Prettier breaks long tags).
const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;

/** Text and attribute values: the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Replaces the first match, literally (no "$&" patterns); a missing target is an error. */
export function replaceOnce(
  html: string,
  pattern: RegExp | string,
  replacement: string | ((...groups: string[]) => string),
  what: string,
): string {
  const found = typeof pattern === "string" ? html.includes(pattern) : pattern.test(html);
  if (!found) throw new Error(`prerender: the built index.html has no ${what}`);
  return html.replace(pattern, typeof replacement === "string" ? () => replacement : replacement);
}

/** The template must be the build's own index.html, with an empty #root, not a page made from it. */
export function assertTemplate(template: string): void {
  if (!template.includes(EMPTY_ROOT)) {
    throw new Error(
      `prerender: the template has no empty ${EMPTY_ROOT}; run \`vite build\` before prerendering`,
    );
  }
}

export function renderDocument(
  template: string,
  head: PageHead,
  rootHtml: string,
  data: EmbeddedPageData,
): string {
  assertTemplate(template);
  const extraHead = [
    ...(head.noindex ? ['<meta name="robots" content="noindex" />'] : []),
    ...(head.links ?? []).map(
      (link) => `<link rel="${escapeHtml(link.rel)}" href="${escapeHtml(link.href)}" />`,
    ),
  ];
  let html = replaceOnce(
    template,
    /(\s*)<title>[^<]*<\/title>/,
    (_match, space = "") =>
      [`<title>${escapeHtml(head.title)}</title>`, ...extraHead].map((tag) => space + tag).join(""),
    "<title>",
  );
  if (head.description !== undefined) {
    html = replaceOnce(
      html,
      DESCRIPTION,
      `<meta name="description" content="${escapeHtml(head.description)}" />`,
      "description",
    );
  }
  // After the markup, so the browser paints the article before it reads the data.
  const script = `<script type="application/json" id="${APP_DATA_ID}">${serializeEmbeddedData(data)}</script>`;
  return replaceOnce(
    html,
    EMPTY_ROOT,
    `<div id="root">${rootHtml}</div>\n    ${script}`,
    "empty #root",
  );
}
