import { describe, expect, it } from "vitest";
import { cutAtWord, libraryEntry } from "./library.ts";
import { parseArticle } from "./parse-article.ts";
import type { PersonRecognizer } from "./people/recognizer.ts";

const nobody: PersonRecognizer = { recognize: () => ({ people: [], mentions: [] }) };

describe("libraryEntry", () => {
  it("keeps a title whole, and cuts one that is a page glued into one line, so index.json stays small", () => {
    const short = parseArticle("عنوان  فيه مسافتان\n\nنص.\n", {
      file: "a.txt",
      recognizer: nobody,
    });
    expect(libraryEntry(short).title).toBe("عنوان  فيه مسافتان");
    const long = parseArticle(`${"كلمة ".repeat(20_000)}\n\nنص.\n`, {
      file: "b.txt",
      recognizer: nobody,
    });
    const entry = libraryEntry(long);
    expect(entry.title.length).toBeLessThanOrEqual(301);
    expect(entry.title.endsWith("كلمة…")).toBe(true);
  });
});

describe("cutAtWord", () => {
  it("cuts at the last space before the limit", () => {
    expect(cutAtWord("كلمة كلمة كلمة", 11)).toBe("كلمة كلمة…");
    expect(cutAtWord("قصير", 11)).toBe("قصير");
  });
});
