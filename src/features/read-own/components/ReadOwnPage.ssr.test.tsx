// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReadOwnPage } from "./ReadOwnPage";

// No window, no document, no sessionStorage here: rendering must not touch them.
describe("/read on the server", () => {
  it("renders the page without browser globals: heading, an empty box, the file input", () => {
    expect(typeof window).toBe("undefined");
    // Nothing is read on the server, so the reader is never shown there.
    const html = renderToString(<ReadOwnPage Reader={() => null} />);
    expect(html).toContain("اقرأ نصّك");
    expect(html).toMatch(/<textarea[^>]*><\/textarea>/);
    expect(html).toContain('type="file"');
  });
});
