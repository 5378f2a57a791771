/**
 * Reads a seed's sidecar file (`<name>.meta.json`; its fields are described in sidecar.ts):
 * JSON, checked by a zod schema, with errors that name the file and line. Build-side only.
 */
import { z } from "zod";
import { SLUG_PATTERN } from "../article/patterns.ts";
import { SeedError } from "./seed-error.ts";
import { SIDECAR } from "./sidecar.ts";

const personAddSchema = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), role: z.string().optional() }),
]);

export const sidecarSchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, "a slug is lower-case ASCII words joined by '-'").optional(),
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
      const endedEarly =
        SIDECAR.JSON_ENDED_EARLY.test(message) ||
        (position !== null && Number(position[1]) >= prefix.length);
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
    const path = issue
      ? [...issue.path, ...(issue.code === "unrecognized_keys" ? issue.keys : [])]
      : [];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new SeedError(
      file,
      lineOfKey(json, path),
      `invalid sidecar: ${where}${issue?.message ?? "unknown error"}`,
    );
  }
  return parsed.data;
}
