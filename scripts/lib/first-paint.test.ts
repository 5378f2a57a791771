import { describe, expect, it } from "vitest";
import { firstFrameCss } from "./first-paint.ts";

describe("firstFrameCss", () => {
  it("keeps what draws the first frame and drops what cannot change it", () => {
    const css = [
      ".title{font-weight:700;transition:color .2s}",
      ".link:hover{color:red}",
      ".link:focus-visible,.link{outline:0}",
      "html:not([data-js]) [data-needs-script]{display:none}",
      "@media print{.title{color:black}}",
      "@media (min-width:64rem){.column{position:sticky}}",
    ].join("");
    const kept = firstFrameCss(css);
    expect(kept).toContain(".title{font-weight:700}");
    expect(kept).toContain(".link{outline:0}");
    expect(kept).toContain(".column{position:sticky}");
    expect(kept).not.toMatch(/hover|focus-visible|transition|print|data-js|data-needs-script/);
  });
});
