import { describe, expect, it } from "vitest";
import { renderDocument } from "./prerender-html.ts";

const TEMPLATE = (description: string) => `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    ${description}
    <title>قارئ الأخبار</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe("renderDocument", () => {
  it.each([
    ["on one line", '<meta name="description" content="القالب" />'],
    [
      "broken over lines, as Prettier writes a long tag",
      '<meta\n      name="description"\n      content="القالب"\n    />',
    ],
  ])("replaces the template's description written %s", (_how, tag) => {
    const html = renderDocument(
      TEMPLATE(tag),
      { title: "عنوان", description: "وصف <المقال>" },
      "<p>نص</p>",
      {
        url: "/articles/a",
        routeIds: ["root", "article"],
        queries: { mutations: [], queries: [] },
      },
    );
    expect(html).toContain('<meta name="description" content="وصف &#60;المقال&#62;" />');
    expect(html).not.toContain("القالب");
    expect(html).toContain("<title>عنوان</title>");
    expect(html).toContain('<div id="root"><p>نص</p></div>');
  });
});
