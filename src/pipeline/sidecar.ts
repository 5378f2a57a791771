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
import { z } from "zod";
import { SeedError } from "./seed-error.ts";

export const SIDECAR = {
  SLUG: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
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

const personAddSchema = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), role: z.string().optional() }),
]);

export const sidecarSchema = z.strictObject({
  slug: z.string().regex(SIDECAR.SLUG, "a slug is lower-case ASCII words joined by '-'").optional(),
  url: z.string().optional(),
  date: z
    .string()
    .refine((d) => !Number.isNaN(Date.parse(d)), "a date must be ISO 8601, e.g. 2022-09-05")
    .optional(),
  readAlso: z
    .union([
      z.record(z.string().min(1), z.string()),
      z.array(z.strictObject({ title: z.string().min(1), url: z.string() })),
    ])
    .optional(),
  people: z
    .strictObject({
      add: z.array(personAddSchema).optional(),
      remove: z.array(z.string().min(1)).optional(),
      rename: z.record(z.string().min(1), z.string().min(1)).optional(),
    })
    .optional(),
});

export type Sidecar = z.infer<typeof sidecarSchema>;
export type PersonAdd = z.infer<typeof personAddSchema>;

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
  if (SIDECAR.MISREAD.test(trimmed)) return "a backslash or a control character, which browsers read differently";
  if (!SIDECAR.SAFE_URL.test(trimmed)) return "not an http(s) URL or an in-app path";
  if (SIDECAR.HTTP.test(trimmed) && !URL.canParse(trimmed)) return "not a valid URL";
  return null;
}

/** `{ "t": "u" }` or `[{ title: "t", url: "u" }]` → [["t", "u"]] */
export function readAlsoLinks(sidecar: Sidecar): Array<[title: string, url: string]> {
  const links = sidecar.readAlso;
  if (!links) return [];
  return Array.isArray(links) ? links.map((l) => [l.title, l.url]) : Object.entries(links);
}

/** ('{\n  "slug": 1\n}', ["slug"]) → 2: the line where the offending key stands. */
function lineOfKey(json: string, path: readonly PropertyKey[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== "string") continue;
    const at = json.indexOf(JSON.stringify(key));
    if (at !== -1) return json.slice(0, at).split("\n").length;
  }
  return 1;
}

/** Where JSON.parse's error is, from its message: "… at position 17" in '{\n "a" 1}' → 2; null if it does not say. */
function reportedLine(json: string, message: string): number | null {
  const line = SIDECAR.JSON_LINE.exec(message);
  if (line) return Number(line[1]);
  const position = SIDECAR.JSON_POSITION.exec(message);
  return position ? json.slice(0, Number(position[1])).split("\n").length : null;
}

/**
 * The line of a JSON syntax error. V8 does not always give a position ("Unexpected token
 * '}', …"), so parse growing prefixes: the first prefix that fails for a reason other than
 * ending too early holds the error on its last line.
 *   '{\n  "url": \n}' → 3
 */
function jsonErrorLine(json: string): number {
  const lines = json.split("\n");
  for (let k = 1; k <= lines.length; k++) {
    const prefix = lines.slice(0, k).join("\n");
    try {
      JSON.parse(prefix);
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      const at = reportedLine(prefix, message);
      const position = SIDECAR.JSON_POSITION.exec(message);
      const endedEarly = SIDECAR.JSON_ENDED_EARLY.test(message) || (position !== null && Number(position[1]) >= prefix.length);
      if (!endedEarly) return at ?? k;
    }
  }
  return lines.length;
}

/** '{"slug":"a"}' → { slug: "a" }; a syntax error or an unknown key → SeedError naming the line. */
export function parseSidecar(json: string, file: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(SIDECAR.BOM, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SeedError(file, jsonErrorLine(json), `invalid JSON: ${message.split("\n")[0] ?? ""}`);
  }
  const parsed = sidecarSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key (a typo such as "peple") has an empty path: point at the key itself.
    const path = issue ? [...issue.path, ...(issue.code === "unrecognized_keys" ? issue.keys : [])] : [];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new SeedError(file, lineOfKey(json, path), `invalid sidecar: ${where}${issue?.message ?? "unknown error"}`);
  }
  return parsed.data;
}
