/**
 * People: run the recognizer over the article's texts in reading order, keep its valid
 * mentions, then apply the sidecar's corrections (add, remove, rename) last.
 *
 *   units [{ key: "t", text: "لقاء مع أردوغان" }], recognizer finds أردوغان at 7–14
 *     → people [{ id: "p-ardwghan", name: "أردوغان", role: "", mentions: 1 }]
 *       mentions by key { t: [{ person: "p-ardwghan", start: 7, end: 14 }] }
 */
import type { Diagnostic, Person, PersonMention } from "../article/schema.ts";
import { ID_PATTERN } from "../article/patterns.ts";
import { foldWithOffsets } from "../text/fold.ts";
import { nameKey } from "../text/match-keys.ts";
import { IdRegistry, slugify } from "./ids.ts";
import type { PersonRecognizer, RecognizedPerson, TextUnit } from "./people/recognizer.ts";
import type { PersonAdd, Sidecar } from "./sidecar.ts";

export const PEOPLE = {
  /** Clitics that may be glued before a name: و ف ب ل ك (at most a conjunction then a preposition). */
  CLITICS: "(?:[وف]?[بلك]?)",
  /** What may not touch a name on either side for it to be a whole word. */
  WORD_CHAR: "[\\p{L}\\p{N}\\p{M}]",
  /** An added name's span covers a glued clitic, like the recognizer's: a highlight never starts inside a word. */
  SPAN_INCLUDES_CLITIC: true,
  ID_PREFIX: "p-",
  REGEXP_SPECIAL: /[.*+?^${}()|[\]\\]/g,
} as const;

export interface PeopleResult {
  people: Person[];
  mentions: Map<string, PersonMention[]>;
  diagnostics: Diagnostic[];
}

/** "(x)" → "\\(x\\)" */
function escapeRegExp(text: string): string {
  return text.replace(PEOPLE.REGEXP_SPECIAL, "\\$&");
}

/**
 * Spans of a name in a text, on folded forms, a clitic allowed before it.
 *   findName("وأردوغان قال إن أردوغانيين", "أردوغان") → [{ start: 1, end: 8 }]
 */
export function findName(text: string, name: string): Array<{ start: number; end: number }> {
  const key = nameKey(name);
  if (key === "") return [];
  const body = key.split(" ").map(escapeRegExp).join("\\s+");
  const re = new RegExp(
    `(?<!${PEOPLE.WORD_CHAR})(${PEOPLE.CLITICS})(${body})(?!${PEOPLE.WORD_CHAR})`,
    "gu",
  );
  const { folded, toSource } = foldWithOffsets(text);
  const out: Array<{ start: number; end: number }> = [];
  for (const m of folded.matchAll(re)) {
    const clitic = m[1] ?? "";
    const from = PEOPLE.SPAN_INCLUDES_CLITIC ? m.index : m.index + clitic.length;
    const to = m.index + m[0].length;
    out.push({ start: toSource[from] ?? 0, end: toSource[to] ?? text.length });
  }
  return out;
}

/**
 * The person a correction names: by id, by folded name, else by the last words of a
 * name when only one person has them ("لافروف" → سيرغي لافروف).
 */
function findPerson(
  people: readonly RecognizedPerson[],
  ref: string,
): RecognizedPerson | undefined {
  const key = nameKey(ref);
  const exact = people.find((p) => p.id === ref || nameKey(p.name) === key);
  if (exact || key === "") return exact;
  const bySurname = people.filter((p) => nameKey(p.name).endsWith(` ${key}`));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

function warn(code: string, message: string): Diagnostic {
  return { severity: "warning", code, message, line: null, text: null };
}

/** Runs the recognizer and keeps only mentions that fit their text, do not overlap and name a known person. */
function recognize(
  units: readonly TextUnit[],
  recognizer: PersonRecognizer,
  diagnostics: Diagnostic[],
) {
  let result: ReturnType<PersonRecognizer["recognize"]>;
  try {
    result = recognizer.recognize(units);
  } catch (error) {
    // A recognizer bug must not stop an article from being read: report it, find nobody.
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push(
      warn("recognizer-failed", `the person recognizer failed: ${reason.split("\n")[0] ?? ""}`),
    );
    result = { people: [], mentions: [] };
  }
  const people: RecognizedPerson[] = [];
  const ids = new Set<string>();
  for (const p of result.people) {
    if (ids.has(p.id) || !ID_PATTERN.test(p.id) || p.name.trim() === "") continue;
    ids.add(p.id);
    people.push({ ...p });
  }
  const texts = new Map(units.map((u) => [u.key, u.text]));
  const mentions = new Map<string, PersonMention[]>();
  let rejected = 0;
  const sorted = [...result.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  // In start order, a mention overlaps a kept one exactly when it starts before the last kept end:
  // one comparison, where scanning the kept list made a long paragraph of names quadratic.
  const keptEnd = new Map<string, number>();
  for (const m of sorted) {
    const text = texts.get(m.key);
    const fits =
      text !== undefined &&
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end > m.start &&
      m.end <= text.length;
    if (!fits || !ids.has(m.person) || m.start < (keptEnd.get(m.key) ?? 0)) {
      rejected++;
      continue;
    }
    const list = mentions.get(m.key) ?? [];
    list.push({ person: m.person, start: m.start, end: m.end });
    mentions.set(m.key, list);
    keptEnd.set(m.key, m.end);
  }
  if (rejected > 0)
    diagnostics.push(
      warn(
        "recognizer-mentions-dropped",
        `dropped ${rejected} recognizer mention(s) that did not fit their text`,
      ),
    );
  return { people, mentions };
}

/** Every mention of `from` becomes a mention of `to`. */
function reassign(mentions: Map<string, PersonMention[]>, from: string, to: string): void {
  for (const list of mentions.values()) for (const m of list) if (m.person === from) m.person = to;
}

/**
 * `add`: the editor's name wins over the recognizer's. Its mentions replace overlapping
 * ones, and a person whose mention lay inside the added name (بيدرسون inside غير بيدرسون)
 * is the same person: their other mentions move to the added one.
 */
function addPerson(
  add: PersonAdd,
  units: readonly TextUnit[],
  people: RecognizedPerson[],
  mentions: Map<string, PersonMention[]>,
  diagnostics: Diagnostic[],
): RecognizedPerson[] {
  const name = typeof add === "string" ? add : add.name;
  const role = typeof add === "string" ? undefined : add.role;
  const existing = people.find((p) => nameKey(p.name) === nameKey(name));
  const person = existing ?? {
    id: new IdRegistry(people.map((p) => p.id)).take(
      `${PEOPLE.ID_PREFIX}${slugify(name, 40)}`,
      `${PEOPLE.ID_PREFIX}person`,
    ),
    name,
    role: role ?? "",
  };
  if (role !== undefined) person.role = role;
  const absorbed = new Set<string>();
  let found = 0;
  for (const unit of units) {
    let list = mentions.get(unit.key) ?? [];
    for (const span of findName(unit.text, name)) {
      const hit = list.filter((m) => m.start < span.end && span.start < m.end);
      for (const m of hit)
        if (m.person !== person.id && m.start >= span.start && m.end <= span.end)
          absorbed.add(m.person);
      list = list.filter((m) => !hit.includes(m));
      list.push({ person: person.id, ...span });
      found++;
    }
    list.sort((a, b) => a.start - b.start);
    if (list.length > 0) mentions.set(unit.key, list);
  }
  if (found === 0) {
    diagnostics.push(
      warn("people-add-not-found", `sidecar people.add: "${name}" does not occur in the text`),
    );
    return people;
  }
  for (const id of absorbed) reassign(mentions, id, person.id);
  const kept = people.filter((p) => !absorbed.has(p.id));
  return existing ? kept : [...kept, person];
}

/** Corrections from the sidecar, applied after the recognizer: add, then remove, then rename. */
function applyCorrections(
  corrections: NonNullable<Sidecar["people"]>,
  units: readonly TextUnit[],
  people: RecognizedPerson[],
  mentions: Map<string, PersonMention[]>,
  diagnostics: Diagnostic[],
): RecognizedPerson[] {
  let current = people;
  for (const add of corrections.add ?? [])
    current = addPerson(add, units, current, mentions, diagnostics);
  for (const ref of corrections.remove ?? []) {
    const person = findPerson(current, ref);
    if (!person) {
      diagnostics.push(warn("people-remove-unknown", `sidecar people.remove: no person "${ref}"`));
      continue;
    }
    current = current.filter((p) => p !== person);
    for (const [key, list] of mentions)
      mentions.set(
        key,
        list.filter((m) => m.person !== person.id),
      );
  }
  for (const [from, to] of Object.entries(corrections.rename ?? {})) {
    const person = findPerson(current, from);
    if (person) person.name = to;
    else
      diagnostics.push(warn("people-rename-unknown", `sidecar people.rename: no person "${from}"`));
  }
  return current;
}

export function findPeople(
  units: readonly TextUnit[],
  recognizer: PersonRecognizer,
  sidecar: Sidecar | null,
): PeopleResult {
  const diagnostics: Diagnostic[] = [];
  const recognized = recognize(units, recognizer, diagnostics);
  const mentions = recognized.mentions;
  const people = sidecar?.people
    ? applyCorrections(sidecar.people, units, recognized.people, mentions, diagnostics)
    : recognized.people;
  const counts = new Map<string, number>();
  for (const list of mentions.values())
    for (const m of list) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const kept = people.filter((p) => (counts.get(p.id) ?? 0) > 0);
  return {
    people: kept.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      mentions: counts.get(p.id) ?? 0,
    })),
    mentions,
    diagnostics,
  };
}
