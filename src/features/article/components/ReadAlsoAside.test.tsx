import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { articleSchema } from "../../../article/schema";
import { SAMPLE_PEOPLE, sampleArticle } from "../../../testing/sample-article";
import { renderReader, stubBrowser } from "../../../testing/render-reader";

const readAlso = () => screen.getByRole("complementary", { name: "اقرأ أيضاً" });
const block = sampleArticle.sections[4]!.blocks[1]!;
if (block.type !== "readAlso")
  throw new Error("the sample's fourth section ends with a read-also line");

beforeEach(() => {
  stubBrowser();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("read-also aside", () => {
  it("stands where it stood in the text, labelled, with one link to the related title", () => {
    renderReader();
    const aside = readAlso();
    expect(aside.tagName).toBe("ASIDE");
    expect(aside).toHaveAttribute("data-read-also");
    expect(aside).toHaveTextContent(/^اقرأ أيضاً/);
    // After the paragraph it followed, inside its section.
    expect(aside.closest("section")).toHaveAttribute("aria-labelledby", "section-4");
    expect(aside.previousElementSibling?.tagName).toBe("P");

    const link = within(aside).getByRole("link");
    expect(link).toHaveAttribute("href", block.href);
    expect(link.textContent).toBe(block.title);
    expect(document.querySelectorAll("[data-read-also] a")).toHaveLength(1);
  });

  it("marks the people in the related title, without controls inside the link", () => {
    renderReader();
    const marks = within(readAlso())
      .getByRole("link")
      .querySelectorAll<HTMLElement>("[data-person]");
    expect(Array.from(marks, (m) => m.dataset.person)).toEqual([
      SAMPLE_PEOPLE.FIDAN,
      SAMPLE_PEOPLE.MAMLOUK,
    ]);
    for (const mark of marks) {
      expect(mark).not.toHaveAttribute("role");
      expect(mark).toHaveAttribute("tabindex", "-1");
    }
  });

  it("an in-app link navigates with the router", async () => {
    const user = userEvent.setup();
    const { history } = renderReader();
    await user.click(within(readAlso()).getByRole("link"));
    expect(history.location.pathname).toBe("/");
    expect(history.location.search).toBe(new URL(block.href, "http://x").search);
  });

  it("an outside link is a plain link", () => {
    const external = articleSchema.parse({
      ...sampleArticle,
      sections: sampleArticle.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((b) =>
          b.type === "readAlso" ? { ...b, href: "https://example.org/news/1" } : b,
        ),
      })),
    });
    renderReader(external);
    const link = within(readAlso()).getByRole("link");
    expect(link).toHaveAttribute("href", "https://example.org/news/1");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });
});

describe("read-also on paper", () => {
  beforeEach(() => {
    stubBrowser();
  });

  it("carries the decoded address for the print stylesheet", () => {
    renderReader();
    const link = within(readAlso()).getByRole("link");
    expect(link).toHaveAttribute("data-print-href", `/?q=${block.title}`);
  });
});

describe("several read-also lines", () => {
  beforeEach(() => {
    stubBrowser();
  });

  it("give each aside a distinct name, the first plain", () => {
    const twice = articleSchema.parse({
      ...sampleArticle,
      sections: sampleArticle.sections.map((section, i) =>
        i === 5
          ? { ...section, blocks: [...section.blocks, { ...block, id: "read-also-2" }] }
          : section,
      ),
    });
    renderReader(twice);
    const asides = Array.from(document.querySelectorAll("[data-read-also]"));
    expect(asides.map((a) => a.getAttribute("aria-label"))).toEqual(["اقرأ أيضاً", "اقرأ أيضاً (٢)"]);
    for (const aside of asides) expect(aside).toHaveTextContent(/^اقرأ أيضاً/);
  });
});
