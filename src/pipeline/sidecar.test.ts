import { describe, expect, it } from "vitest";
import { parseSidecar } from "./parse-sidecar.ts";
import { readAlsoLinks } from "./read-also.ts";
import { unsafeUrlReason } from "./sidecar.ts";

describe("parseSidecar", () => {
  it("reads every field", () => {
    const sidecar = parseSidecar(
      JSON.stringify({
        slug: "a-b",
        url: "https://example.com/a",
        date: "2022-09-05",
        readAlso: [{ title: "t", url: "/articles/x" }],
        people: { add: ["س", { name: "ص", role: "وزير" }], remove: ["ع"], rename: { ف: "ق" } },
      }),
      "a.meta.json",
    );
    expect(sidecar.slug).toBe("a-b");
    expect(readAlsoLinks(sidecar)).toEqual([["t", "/articles/x"]]);
    expect(readAlsoLinks({ readAlso: { t: "u" } })).toEqual([["t", "u"]]);
  });

  it("names the line of a syntax error, an unknown key and a bad value", () => {
    expect(() => parseSidecar('{\n  "slug": "a",\n  "url": \n}', "m.json")).toThrow(
      /^m\.json:4: invalid JSON/,
    );
    expect(() => parseSidecar('{\n  "slug": "a",\n  "peple": {}\n}', "m.json")).toThrow(
      'm.json:3: invalid sidecar: Unrecognized key: "peple"',
    );
    expect(() => parseSidecar('{\n  "slug": "Not A Slug"\n}', "m.json")).toThrow(
      /^m\.json:2: invalid sidecar: slug: /,
    );
  });
});

describe("unsafeUrlReason", () => {
  it.each(["https://example.com/a?b#c", "http://example.com", "/articles/x", "/?q=%D9%85"])(
    "accepts %s",
    (url) => {
      expect(unsafeUrlReason(url)).toBeNull();
    },
  );

  it.each([
    "javascript:alert(1)",
    "data:text/html,x",
    "JAVASCRIPT:x",
    "//evil.example",
    "ftp://x",
    "vbscript:x",
    "articles/x",
    "https://",
  ])("rejects %s", (url) => expect(unsafeUrlReason(url)).not.toBeNull());

  it.each([
    ["javascript:alert(1)", "a javascript: URL"],
    [" JaVaScRiPt:alert(1)", "a javascript: URL"],
    ["data:text/html;base64,PHNjcmlwdD4=", "a data: URL"],
    ["blob:https://example.com/x", "a blob: URL"],
    // Browsers read a backslash as a slash ("//evil.example") and drop tabs: off-site, or javascript: again.
    ["/\\evil.example/x", "a backslash"],
    ["/\t/evil.example", "a backslash or a control character"],
    ["java\tscript:alert(1)", "a backslash or a control character"],
    ["\u0001javascript:alert(1)", "a backslash or a control character"],
  ])("names why it rejects %j", (url, reason) => {
    expect(unsafeUrlReason(url)).toContain(reason);
  });
});
