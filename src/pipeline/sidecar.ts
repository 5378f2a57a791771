/**
 * The optional sidecar `<name>.meta.json` beside a seed: what the text cannot say.
 *
 *   {
 *     "slug": "russia-assad-turkey-ministerial-meeting",
 *     "url": "https://example.com/article", "date": "2022-09-05",
 *     "readAlso": { "مصادر تتحدّث عن لقاء …": "https://example.com/other" },
 *     "people": { "add": ["ريا نوفوستي"], "remove": ["موسكو"], "rename": { "الأسد": "بشار الأسد" } }
 *   }
 *
 * `readAlso` is a title → URL map or a list of `{ title, url }`. People corrections apply
 * last, after the recognizer: `add` finds the name in the text (folded, clitics allowed),
 * `remove` drops a person by name, surname or id, `rename` changes the shown name
 * (in that order: add, remove, rename).
 */
// The schema and the file's parser are in parse-sidecar.ts, which only the build loads:
// this module goes into /read's worker too (parse-article.ts), and zod with it would be
// most of the worker's size.

export type { PersonAdd, Sidecar } from "./parse-sidecar.ts";

export const SIDECAR = {
  /** An absolute http(s) URL, or a path inside the app ("/articles/x"), never "//host". */
  SAFE_URL: /^(?:https?:\/\/[^\s/?#]+[^\s]*|\/(?!\/)[^\s]*)$/i,
  /** JSON.parse messages carry "position N" (V8) or "line L column C". */
  JSON_POSITION: /position (\d+)/,
  JSON_LINE: /line (\d+)/,
  JSON_ENDED_EARLY: /end of JSON input/,
  BOM: /^\uFEFF/,
  HTTP: /^https?:/i,
  /** "javascript:", "data:", "vbscript:" …: a scheme, named in the diagnostic. */
  SCHEME: /^([a-z][a-z0-9+.-]*):/i,
  /** Schemes that run script or carry a whole document: the reason says so. */
  SCRIPT_SCHEMES: new Set(["javascript", "vbscript", "data", "blob", "file"]),
  /** Browsers read "\" as "/" ("/\\evil.example" goes off-site) and drop tabs and newlines inside URLs. */
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  MISREAD: /[\\\u0000-\u001F\u007F]/,
} as const;

/**
 * Why a sidecar URL may not become a link, or null when it may.
 *   "https://a.b/c" → null;  "/articles/x" → null
 *   "javascript:alert(1)" → "a javascript: URL (script or a whole document), not an http(s) URL or an in-app path"
 *   "/\\evil.example" → "a backslash or a control character, which browsers read differently"
 */
export function unsafeUrlReason(url: string): string | null {
  const trimmed = url.trim();
  const scheme = SIDECAR.SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && SIDECAR.SCRIPT_SCHEMES.has(scheme)) {
    return `a ${scheme}: URL (script or a whole document), not an http(s) URL or an in-app path`;
  }
  if (SIDECAR.MISREAD.test(trimmed))
    return "a backslash or a control character, which browsers read differently";
  if (!SIDECAR.SAFE_URL.test(trimmed)) return "not an http(s) URL or an in-app path";
  if (SIDECAR.HTTP.test(trimmed) && !URL.canParse(trimmed)) return "not a valid URL";
  return null;
}
