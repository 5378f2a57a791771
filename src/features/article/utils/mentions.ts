/**
 * Person mentions in reading order, computed once per article. Rendering stays pure: a
 * mention's place among its person's mentions ("٣ من ١٢") comes from this index, not from
 * a counter incremented during render.
 *
 * Reading order is the title, then each section's heading and blocks (a read-also title
 * counts where it stands). Every mention gets a key `<unit>:<start>`:
 *
 *   title "… نظام الأسد …" with a mention at 47 → key "title:47", sectionId null
 *   section "s2", block 0, mention at 12         → key "s2/0:12", sectionId "s2"
 */
import type { Article, PersonMention } from "../../../article/schema";

export interface MentionRef {
  key: string;
  person: string;
  /** The section the mention stands in; null for the title. */
  sectionId: string | null;
  /** 0-based place among this person's mentions, in reading order. */
  ordinal: number;
}

export interface MentionIndex {
  /** Every mention, in reading order. */
  all: readonly MentionRef[];
  byKey: ReadonlyMap<string, MentionRef>;
  byPerson: ReadonlyMap<string, readonly MentionRef[]>;
  /** person id → section id → number of mentions there. */
  perSection: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export const TITLE_UNIT = "title";

export function headingUnit(sectionId: string): string {
  return `${sectionId}/h`;
}

export function blockUnit(sectionId: string, blockIndex: number): string {
  return `${sectionId}/${blockIndex}`;
}

export function mentionKey(unit: string, start: number): string {
  return `${unit}:${start}`;
}

export type TextSegment =
  { kind: "text"; text: string } | { kind: "mention"; text: string; key: string; person: string };

/**
 * Cuts a text into plain runs and mentions. Mentions out of range or overlapping an
 * earlier one are dropped rather than trusted, so bad data can never duplicate text.
 *
 *   segmentText("title", "لقاء بشار الأسد في", [{ person: "p", start: 5, end: 15 }])
 *   → [text "لقاء ", mention "بشار الأسد" (key "title:5"), text " في"]
 */
export function segmentText(
  unit: string,
  text: string,
  mentions: readonly PersonMention[],
): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const m of usableMentions(text, mentions)) {
    if (m.start > cursor) segments.push({ kind: "text", text: text.slice(cursor, m.start) });
    segments.push({
      kind: "mention",
      text: text.slice(m.start, m.end),
      key: mentionKey(unit, m.start),
      person: m.person,
    });
    cursor = m.end;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor) });
  return segments;
}

function usableMentions(text: string, mentions: readonly PersonMention[]): PersonMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const usable: PersonMention[] = [];
  let lastEnd = 0;
  for (const m of sorted) {
    if (m.start < lastEnd || m.end > text.length || m.end <= m.start) continue;
    usable.push(m);
    lastEnd = m.end;
  }
  return usable;
}

export function buildMentionIndex(article: Article): MentionIndex {
  const all: MentionRef[] = [];
  const counters = new Map<string, number>();
  const add = (
    unit: string,
    sectionId: string | null,
    text: string,
    mentions: readonly PersonMention[],
  ) => {
    for (const m of usableMentions(text, mentions)) {
      const ordinal = counters.get(m.person) ?? 0;
      counters.set(m.person, ordinal + 1);
      all.push({ key: mentionKey(unit, m.start), person: m.person, sectionId, ordinal });
    }
  };

  add(TITLE_UNIT, null, article.title, article.titleMentions);
  for (const section of article.sections) {
    if (section.heading !== null) {
      add(headingUnit(section.id), section.id, section.heading, section.headingMentions);
    }
    section.blocks.forEach((block, i) => {
      const text = block.type === "paragraph" ? block.text : block.title;
      add(blockUnit(section.id, i), section.id, text, block.mentions);
    });
  }

  const byKey = new Map<string, MentionRef>();
  const byPerson = new Map<string, MentionRef[]>();
  const perSection = new Map<string, Map<string, number>>();
  for (const ref of all) {
    byKey.set(ref.key, ref);
    const list = byPerson.get(ref.person) ?? [];
    list.push(ref);
    byPerson.set(ref.person, list);
    if (ref.sectionId !== null) {
      const counts = perSection.get(ref.person) ?? new Map<string, number>();
      counts.set(ref.sectionId, (counts.get(ref.sectionId) ?? 0) + 1);
      perSection.set(ref.person, counts);
    }
  }
  return { all, byKey, byPerson, perSection };
}
