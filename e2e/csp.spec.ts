/**
 * Content Security Policy: every page the build serves carries the policy
 * in a <meta http-equiv> and in a header; using the app reports no violation and makes no
 * request outside the page's origin; and the policy is really enforced (inline script, eval,
 * an HTML string sink and a style attribute are refused).
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { articlePath, seed } from "./support/seed";
import { chooseTheme, openArticle, outlineLinks } from "./support/reader";
import {
  ARTICLE_JSON,
  homeLink,
  LIBRARY_JSON,
  libraryLink,
  openLibrary,
  waitForServiceWorker,
} from "./support/trust";
import { CSP_HEADER, CSP_META, cspHash } from "../vite/csp";

/** Collects securitypolicyviolation events from the first script on, in every document. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}: ${event.sample}`,
      );
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

const directives = (policy: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);

test.describe("the policy is delivered", () => {
  test("the template's meta policy is the header policy less what only a header can carry", () => {
    expect(directives(CSP_HEADER)).toEqual([...directives(CSP_META), "frame-ancestors 'none'"]);
    const meta = new Map(
      directives(CSP_META).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(meta.get("script-src")).toBe("'self'");
    expect(meta.get("style-src")).toBe("'self'");
    expect(meta.get("object-src")).toBe("'none'");
    expect(meta.get("base-uri")).toBe("'none'");
    expect(CSP_META).not.toContain("unsafe-inline");
    expect(CSP_META).not.toContain("unsafe-eval");
  });

  for (const [what, url, inline] of [
    ["the library", "/", true],
    ["an article", articlePath, true],
    ["the page for reading one's own text", "/read", true],
    ["an unknown address (404)", "/no/such/page", true],
    ["the 404 page", "/404.html", true],
    ["the offline app shell", "/app-shell.html", false],
  ] as const) {
    test(`${what} carries it as <meta> and as a header, naming exactly its inline blocks`, async ({
      page,
      guard,
    }) => {
      guard.allowConsole.push(/status of 404/);
      const response = await page.goto(url);
      expect(response, `a response for ${url}`).not.toBeNull();
      expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
      const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
      await expect(metas).toHaveCount(1);
      const meta = (await metas.getAttribute("content")) ?? "";
      const header = response?.headers()["content-security-policy"] ?? "";
      expect(directives(header)).toEqual([...directives(meta), "frame-ancestors 'none'"]);
      // The template's policy, with hashes added to script-src and style-src and nothing else.
      const strip = (policy: string) => policy.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, "");
      expect(strip(meta)).toBe(CSP_META);
      expect(meta).not.toContain("unsafe-inline");

      // Each hash is that of an inline block the page carries, and each block has its hash.
      const blocks = await page.evaluate(() => ({
        scripts: Array.from(
          document.querySelectorAll('script:not([src]):not([type="application/json"])'),
          (el) => el.textContent ?? "",
        ),
        styles: Array.from(document.querySelectorAll("style"), (el) => el.textContent ?? ""),
      }));
      const hashes = (directive: string) =>
        (directives(meta).find((d) => d.startsWith(`${directive} `)) ?? "").match(
          /'sha256-[^']+'/g,
        ) ?? [];
      expect(new Set(hashes("script-src"))).toEqual(new Set(blocks.scripts.map(cspHash)));
      expect(new Set(hashes("style-src"))).toEqual(new Set(blocks.styles.map(cspHash)));
      expect(blocks.scripts.length > 0).toBe(inline);

      // Before any script, so it governs all of them.
      const first = await page.evaluate(() => {
        const head = Array.from(document.head.children);
        const meta = head.findIndex(
          (el) => el.getAttribute("http-equiv") === "Content-Security-Policy",
        );
        const script = head.findIndex(
          (el) => el.tagName === "SCRIPT" || el.tagName === "LINK" || el.tagName === "STYLE",
        );
        return { meta, script };
      });
      expect(first.meta).toBeLessThan(first.script);
    });
  }

  test("the data files and the service worker are served under the template's header", async ({
    request,
  }) => {
    for (const url of [LIBRARY_JSON, ARTICLE_JSON, "/sw.js", "/manifest.webmanifest"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-security-policy"], url).toBe(CSP_HEADER);
    }
  });
});

test.describe("using the app under the policy", () => {
  test("no violation and no request outside the origin: library, search, article, card, outline, settings, offline shell", async ({
    page,
    context,
    baseURL,
  }) => {
    const violations = await watchViolations(page);
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));

    await openLibrary(page);
    await waitForServiceWorker(page);
    await page.getByRole("searchbox").fill("الأسد");
    await expect(libraryLink(page)).toBeVisible();
    await libraryLink(page).click();
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();

    // A person card, by keyboard focus on a mention; the outline; the settings menu.
    await page.locator("main#main [data-person]").first().focus();
    if (await outlineLinks(page).first().isVisible()) await outlineLinks(page).nth(2).click();
    await chooseTheme(page, "dark");
    await chooseTheme(page, "sepia");
    expect(await violations()).toEqual([]);

    // Straight to an article (prerendered), and the app shell offline.
    await openArticle(page);
    expect(await violations()).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    await homeLink(page).click();
    await expect(libraryLink(page)).toBeVisible();
    expect(await violations()).toEqual([]);
    await context.setOffline(false);

    const origin = new URL(baseURL ?? "").origin;
    expect(requests.length).toBeGreaterThan(5);
    const elsewhere = requests.filter(
      (url) => !url.startsWith("data:") && new URL(url).origin !== origin,
    );
    expect(elsewhere, "requests that left the page's origin").toEqual([]);
  });
});

test.describe("the policy is enforced", () => {
  test("markup carrying an inline script or an event handler does not run it, and no dialog opens", async ({
    page,
    guard,
  }) => {
    // The browser reports each refusal as a console error: expected here, and only here.
    guard.allowConsole.push(/Content Security Policy/);
    const violations = await watchViolations(page);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    // As if markup had been injected into the served page itself: the real page, the real
    // headers, plus a script element and an event handler attribute.
    await page.route(`**${articlePath}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        "</body>",
        '<script>window.__ran = "script"; alert(1)</script><img src="/favicon.svg?x" onload="window.__ran = \'handler\'; alert(2)"></body>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(articlePath);
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^script-src-attr blocked inline/),
        ]),
      );
    expect(
      await page.evaluate(() => (window as unknown as { __ran?: string }).__ran),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  test("eval, HTML and script string sinks and a style attribute are refused at run time", async ({
    page,
    guard,
  }) => {
    guard.allowConsole.push(/Content Security Policy|requires 'Trusted(HTML|Script)' assignment/);
    const violations = await watchViolations(page);
    await page.goto(articlePath);
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();

    // Run from a timer, not inside page.evaluate: DevTools lets its own evaluation eval.
    const outcome = await page.evaluate(
      () =>
        new Promise<Record<string, string>>((resolve) => {
          setTimeout(() => {
            const attempt = (run: () => void): string => {
              try {
                run();
                return "accepted";
              } catch (error) {
                return `refused (${(error as Error).name})`;
              }
            };
            const styled = document.createElement("p");
            styled.setAttribute("style", "color: rgb(255, 0, 0)");
            document.body.append(styled);
            const style =
              getComputedStyle(styled).color === "rgb(255, 0, 0)" ? "applied" : "refused";
            styled.remove();
            resolve({
              eval: attempt(() => (0, eval)("1 + 1")),
              newFunction: attempt(() => new Function("return 1")),
              htmlSink: attempt(() =>
                Reflect.set(document.createElement("div"), "innerHTML", "<b>x</b>"),
              ),
              scriptSink: attempt(() => {
                document.createElement("script").textContent = "1";
              }),
              style,
            });
          }, 0);
        }),
    );
    expect(outcome.eval).toMatch(/^refused \(EvalError\)/);
    expect(outcome.newFunction).toMatch(/^refused \(EvalError\)/);
    expect(outcome.htmlSink).toMatch(/^refused \(TypeError\)/);
    expect(outcome.scriptSink).toMatch(/^refused \(TypeError\)/);
    expect(outcome.style).toBe("refused");
    await expect.poll(violations).toEqual(
      expect.arrayContaining([
        // eval meets Trusted Types before script-src: either refusal will do.
        expect.stringMatching(
          /^(script-src blocked eval|require-trusted-types-for blocked trusted-types-sink: eval)/,
        ),
        expect.stringMatching(
          /^require-trusted-types-for blocked trusted-types-sink: Element innerHTML/,
        ),
        expect.stringMatching(/^style-src-attr blocked inline/),
      ]),
    );
  });
});
