import { describe, expect, it } from "vitest";
import modelText from "../../../pipeline/people/tagger/model.json?raw";
import { parseModel } from "../../../pipeline/people/tagger/model";
import { createTaggerRecognizer } from "../../../pipeline/people/tagger/recognizer";
import { SAMPLE_HEADINGS, SAMPLE_TEXT, SAMPLE_TITLE } from "../../../testing/read-own-sample-text";
import { parseSource } from "./parse-source";

// The worker's default: the committed trained model, on a text that is not in the repository's seeds.
const recognizer = createTaggerRecognizer(parseModel(JSON.parse(modelText)));

describe("parseSource with the trained tagger", () => {
  it("reads a pasted article as the build would: slug my-text, title, sections, people with roles", () => {
    const result = parseSource({ kind: "text", text: SAMPLE_TEXT }, recognizer);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const { article } = result;
    expect(article.slug).toBe("my-text");
    expect(article.title).toBe(SAMPLE_TITLE);
    expect(article.sections.map((s) => s.heading)).toEqual([null, ...SAMPLE_HEADINGS]);
    expect(article.readAlso).toHaveLength(1);
    expect(article.people.length).toBeGreaterThanOrEqual(3);
    const roles = new Map(article.people.map((p) => [p.name, p.role]));
    expect(roles.get("سامر الخطيب")).toBe("وزير الاقتصاد");
    expect(roles.get("نبيل حداد")).toBe("رئيس الحكومة");
  });

  it("decodes a file's bytes and gives its text back", () => {
    const bytes = new TextEncoder().encode(SAMPLE_TEXT);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const result = parseSource({ kind: "file", name: "خبر.txt", bytes: buffer }, recognizer);
    expect(result.ok && result.text).toBe(SAMPLE_TEXT);
  });
});
