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
 * `remove` drops a person by name or id, `rename` changes the shown name.
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

/** "https://a.b/c" → null; "javascript:alert(1)" → "not an http(s) URL or an in-app path" */
export function unsafeUrlReason(url: string): string | null {
  if (!SIDECAR.SAFE_URL.test(url.trim())) return "not an http(s) URL or an in-app path";
  if (/^https?:/i.test(url.trim()) && !URL.canParse(url.trim())) return "not a valid URL";
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

/** '{"slug":"a"}' → { slug: "a" }; a syntax error or an unknown key → SeedError naming the line. */
export function parseSidecar(json: string, file: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineMatch = SIDECAR.JSON_LINE.exec(message);
    const posMatch = SIDECAR.JSON_POSITION.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : posMatch ? json.slice(0, Number(posMatch[1])).split("\n").length : 1;
    throw new SeedError(file, line, `invalid JSON: ${message}`);
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
