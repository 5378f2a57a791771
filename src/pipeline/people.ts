/**
 * People: run the recognizer over the article's texts in reading order, keep its valid
 * mentions, then apply the sidecar's corrections (remove, rename, add) last.
 *
 *   units [{ key: "t", text: "لقاء مع أردوغان" }], recognizer finds أردوغان at 7–14
 *     → people [{ id: "p-ardwghan", name: "أردوغان", role: "", mentions: 1 }]
 *       mentions by key { t: [{ person: "p-ardwghan", start: 7, end: 14 }] }
 */
import type { Diagnostic, Person, PersonMention } from "../article/schema.ts";
import { foldArabic, foldWithOffsets } from "../text/fold.ts";
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
} as const;

export interface PeopleResult {
  people: Person[];
  mentions: Map<string, PersonMention[]>;
  diagnostics: Diagnostic[];
}

/** "بشّار  الأسد" → "بشار الاسد" — equal keys mean the same name. */
export function nameKey(name: string): string {
  return foldArabic(name).replace(/\s+/g, " ").trim();
}

/** "(x)" → "\\(x\\)" */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Spans of a name in a text, on folded forms, a clitic allowed before it.
 *   findName("وأردوغان قال إن أردوغانيين", "أردوغان") → [{ start: 1, end: 8 }]
 */
export function findName(text: string, name: string): Array<{ start: number; end: number }> {
  const key = nameKey(name);
  if (key === "") return [];
  const body = key.split(" ").map(escapeRegExp).join("\\s+");
  const re = new RegExp(`(?<!${PEOPLE.WORD_CHAR})(${PEOPLE.CLITICS})(${body})(?!${PEOPLE.WORD_CHAR})`, "gu");
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

function overlaps(list: readonly PersonMention[], start: number, end: number): boolean {
  return list.some((m) => m.start < end && start < m.end);
}

/** The person a correction names, by id or by folded name. */
function findPerson(people: readonly RecognizedPerson[], ref: string): RecognizedPerson | undefined {
  const key = nameKey(ref);
  return people.find((p) => p.id === ref || nameKey(p.name) === key);
}

function warn(code: string, message: string): Diagnostic {
  return { severity: "warning", code, message, line: null, text: null };
}

/** Runs the recognizer and keeps only mentions that fit their text, do not overlap and name a known person. */
function recognize(units: readonly TextUnit[], recognizer: PersonRecognizer, diagnostics: Diagnostic[]) {
  const result = recognizer.recognize(units);
  const people: RecognizedPerson[] = [];
  const ids = new Set<string>();
  for (const p of result.people) {
    if (ids.has(p.id) || !/^[A-Za-z][\w-]*$/.test(p.id) || p.name.trim() === "") continue;
    ids.add(p.id);
    people.push({ ...p });
  }
  const texts = new Map(units.map((u) => [u.key, u.text]));
  const mentions = new Map<string, PersonMention[]>();
  let rejected = 0;
  const sorted = [...result.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const text = texts.get(m.key);
    const list = mentions.get(m.key) ?? [];
    const fits = text !== undefined && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length;
    if (!fits || !ids.has(m.person) || overlaps(list, m.start, m.end)) {
      rejected++;
      continue;
    }
    list.push({ person: m.person, start: m.start, end: m.end });
    mentions.set(m.key, list);
  }
  if (rejected > 0) diagnostics.push(warn("recognizer-mentions-dropped", `dropped ${rejected} recognizer mention(s) that did not fit their text`));
  return { people, mentions };
}

function addPerson(
  add: PersonAdd,
  units: readonly TextUnit[],
  people: RecognizedPerson[],
  mentions: Map<string, PersonMention[]>,
  diagnostics: Diagnostic[],
): void {
  const name = typeof add === "string" ? add : add.name;
  const role = typeof add === "string" ? undefined : add.role;
  let person = findPerson(people, name);
  const isNew = person === undefined;
  if (!person) {
    const registry = new IdRegistry(people.map((p) => p.id));
    person = { id: registry.take(`${PEOPLE.ID_PREFIX}${slugify(name, 40)}`, "p-person"), name, role: role ?? "" };
  } else if (role !== undefined) person.role = role;
  let found = 0;
  for (const unit of units) {
    const list = mentions.get(unit.key) ?? [];
    for (const span of findName(unit.text, name)) {
      if (overlaps(list, span.start, span.end)) continue;
      list.push({ person: person.id, ...span });
      found++;
    }
    list.sort((a, b) => a.start - b.start);
    if (list.length > 0) mentions.set(unit.key, list);
  }
  if (isNew && found === 0) {
    diagnostics.push(warn("people-add-not-found", `sidecar people.add: "${name}" does not occur in the text`));
    return;
  }
  if (isNew) people.push(person);
}

/** Corrections from the sidecar, applied after the recognizer: remove, then rename, then add. */
function applyCorrections(
  corrections: NonNullable<Sidecar["people"]>,
  units: readonly TextUnit[],
  people: RecognizedPerson[],
  mentions: Map<string, PersonMention[]>,
  diagnostics: Diagnostic[],
): RecognizedPerson[] {
  let current = people;
  for (const ref of corrections.remove ?? []) {
    const person = findPerson(current, ref);
    if (!person) {
      diagnostics.push(warn("people-remove-unknown", `sidecar people.remove: no person "${ref}"`));
      continue;
    }
    current = current.filter((p) => p !== person);
    for (const [key, list] of mentions) mentions.set(key, list.filter((m) => m.person !== person.id));
  }
  for (const [from, to] of Object.entries(corrections.rename ?? {})) {
    const person = findPerson(current, from);
    if (person) person.name = to;
    else diagnostics.push(warn("people-rename-unknown", `sidecar people.rename: no person "${from}"`));
  }
  for (const add of corrections.add ?? []) addPerson(add, units, current, mentions, diagnostics);
  return current;
}

export function findPeople(units: readonly TextUnit[], recognizer: PersonRecognizer, sidecar: Sidecar | null): PeopleResult {
  const diagnostics: Diagnostic[] = [];
  const recognized = recognize(units, recognizer, diagnostics);
  const mentions = recognized.mentions;
  const people = sidecar?.people ? applyCorrections(sidecar.people, units, recognized.people, mentions, diagnostics) : recognized.people;
  const counts = new Map<string, number>();
  for (const list of mentions.values()) for (const m of list) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const kept = people.filter((p) => (counts.get(p.id) ?? 0) > 0);
  return {
    people: kept.map((p) => ({ id: p.id, name: p.name, role: p.role, mentions: counts.get(p.id) ?? 0 })),
    mentions,
    diagnostics,
  };
}
