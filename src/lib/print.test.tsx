import { describe, expect, it } from "vitest";
import { printableHref } from "./print";

describe("printable addresses", () => {
  it("decodes an Arabic query so it prints as Arabic", () => {
    expect(printableHref(`/?q=${encodeURIComponent("الأسد أردوغان")}`)).toBe("/?q=الأسد أردوغان");
  });

  it("leaves a malformed address as it is", () => {
    expect(printableHref("/?q=%E0%A4%A")).toBe("/?q=%E0%A4%A");
  });
});
