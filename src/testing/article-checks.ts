/**
 * What every parsed article must hold, whatever text it came from: the schema, unique ids,
 * positions and mentions that fit, safe links, and every line of the source recovered.
 */
import { expect } from "vitest";
import {
  articleSchema,
  type Article,
  type PersonMention,
  type Position,
} from "../article/schema.ts";
import { normalizeText } from "../pipeline/clean.ts";
import { recoveredLines, sourceLines } from "./nothing-lost.ts";
import { parseArticle } from "../pipeline/parse-article.ts";
import type { PersonRecognizer } from "../pipeline/people/recognizer.ts";
import { SeedError } from "../pipeline/seed-error.ts";
import { unsafeUrlReason, type Sidecar } from "../pipeline/sidecar.ts";

import { FILE } from "./article-arbitraries.ts";

/** A diff only when the cheap comparison fails: `toEqual` on every run would cost more than the parse. */
function sameJson(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, what).toEqual(expected);
}

function checkMentions(
  list: readonly PersonMention[],
  text: string,
  people: ReadonlySet<string>,
  counts: Map<string, number>,
): void {
  let end = 0;
  for (const m of list) {
    if (!(m.start >= end && m.end > m.start && m.end <= text.length && people.has(m.person))) {
      expect.fail(
        `mention ${JSON.stringify(m)} does not fit ${JSON.stringify(text.slice(0, 80))} (or overlaps, or names nobody)`,
      );
    }
    end = m.end;
    counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  }
}

/** What the app relies on beyond the schema: unique ids, positions and mentions that fit, safe links. */
export function checkInvariants(article: Article, source: string): void {
  const text = normalizeText(source);
  const at = (p: Position) => text.slice(p.start.offset, p.end.offset);
  const ids = [...article.sections.map((s) => s.id), ...article.readAlso.map((r) => r.id)];
  if (new Set(ids).size !== ids.length) expect.fail(`ids are not unique: ${ids.join(" ")}`);
  if (at(article.titlePosition) !== article.title)
    expect.fail("the title's position does not hold the title");

  const people = new Set(article.people.map((p) => p.id));
  const counts = new Map<string, number>();
  checkMentions(article.titleMentions, article.title, people, counts);
  for (const section of article.sections) {
    if (section.headingPosition && at(section.headingPosition) !== section.heading)
      expect.fail(`heading position of ${section.id}`);
    checkMentions(section.headingMentions, section.heading ?? "", people, counts);
    for (const block of section.blocks) {
      const held = at(block.position);
      // A label standing alone ends in "\n"; blank or dropped lines may stand between it and its title.
      const fits =
        block.type === "paragraph"
          ? held === block.text
          : block.label.endsWith("\n")
            ? held.startsWith(block.label.slice(0, -1)) && held.endsWith(block.title)
            : held === block.label + block.title;
      if (!fits) expect.fail(`block position holds ${JSON.stringify(held)}, not its text`);
      checkMentions(
        block.mentions,
        block.type === "paragraph" ? block.text : block.title,
        people,
        counts,
      );
    }
  }
  sameJson(
    Object.fromEntries(article.people.map((p) => [p.id, p.mentions])),
    Object.fromEntries(article.people.map((p) => [p.id, counts.get(p.id) ?? 0])),
    "people's mention counts",
  );

  for (const link of article.readAlso) {
    if (unsafeUrlReason(link.href) !== null) expect.fail(`unsafe read-also href ${link.href}`);
  }
}

export interface Outcome {
  kind: "article" | "error";
  article?: Article;
}

/**
 * The property: a valid article or a one-line SeedError naming the file; nothing lost;
 * the same JSON from a second parse (with a recognizer that has seen other text: no state
 * may leak between articles).
 */
export function checkParse(
  source: string,
  recognizers: readonly [PersonRecognizer, PersonRecognizer],
  sidecar: Sidecar | null = null,
): Outcome {
  let article: Article;
  try {
    article = parseArticle(source, { file: FILE, recognizer: recognizers[0], sidecar });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    if (!/^p\.txt:\d+: [^\n]+$/.test(error.message))
      expect.fail(`not a one-line SeedError naming the file: ${JSON.stringify(error.message)}`);
    return { kind: "error" };
  }
  const checked = articleSchema.safeParse(article);
  if (!checked.success) expect.fail(`invalid article: ${checked.error.message}`);
  sameJson(recoveredLines(article), sourceLines(source), "nothing lost");
  checkInvariants(article, source);
  const again = JSON.stringify(
    parseArticle(source, { file: FILE, recognizer: recognizers[1], sidecar }),
  );
  if (again !== JSON.stringify(article))
    expect(JSON.parse(again), "a second parse").toEqual(article);
  return { kind: "article", article };
}
