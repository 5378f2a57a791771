/**
 * Offline reading: after a first visit, the app and every article the
 * reader opened keep working with the network off, a reload included; the page says when it
 * shows a saved copy; a new build replaces the old cache without serving a mix of both.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { build, preview, type Plugin, type PreviewServer } from "vite";
import { test, expect } from "./support/fixtures";
import { articlePath, seed } from "./support/seed";
import {
  ARTICLE_JSON,
  articleTitle,
  homeLink,
  LIBRARY_JSON,
  libraryLink,
  openArticlePage,
  openLibrary,
  retryButton,
  waitForSavedCopy,
  waitForServiceWorker,
} from "./support/trust";
import { cspMetaPlugin, previewPolicyPlugin, SECURITY_HEADERS } from "../vite/csp";
import { offlinePlugins } from "../vite/offline-pwa";

const notice = (page: import("@playwright/test").Page) => page.locator("[data-saved-copy-notice]");
const OFFLINE_NOTICE = /أنت غير متصل بالإنترنت: تقرأ نسخة محفوظة على هذا الجهاز/;
const UNREACHABLE_NOTICE = /تعذّر الوصول إلى الخادم، فنعرض لك نسخة محفوظة/;

test.describe("offline reading", () => {
  test("an article opened from the library reads offline, after a reload too, and so does the library", async ({
    page,
    context,
  }) => {
    await openLibrary(page);
    await waitForServiceWorker(page);
    await libraryLink(page).click();
    await expect(articleTitle(page)).toBeVisible();
    await waitForSavedCopy(page, ARTICLE_JSON);
    await waitForSavedCopy(page, LIBRARY_JSON);
    await expect(notice(page)).toHaveCount(0);

    await context.setOffline(true);
    await page.reload();
    await expect(articleTitle(page)).toBeVisible();
    await expect(page.locator("main#main [data-person]")).toHaveCount(seed.totalMentions);
    await expect(page.locator("main h2[id]")).toHaveText([...seed.headings]);
    await expect(notice(page)).toHaveText(OFFLINE_NOTICE);
    await expect(notice(page)).toHaveAttribute("role", "status");

    // Another page already visited, by a client-side navigation, then by a reload.
    await homeLink(page).click();
    await expect(libraryLink(page)).toBeVisible();
    await expect(notice(page)).toHaveText(OFFLINE_NOTICE);
    await page.reload();
    await expect(libraryLink(page)).toBeVisible();
    await libraryLink(page).click();
    await expect(articleTitle(page)).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);

    // Back online: the notice goes.
    await context.setOffline(false);
    await expect(notice(page)).toHaveCount(0);
  });

  test("an article opened at its own address (a prerendered page) reads offline; a page never opened says so clearly", async ({
    page,
    context,
  }) => {
    await openArticlePage(page);
    await waitForServiceWorker(page);
    // Kept from the data the page arrived with, not from a fetch.
    await waitForSavedCopy(page, ARTICLE_JSON);

    await context.setOffline(true);
    await page.reload();
    await expect(articleTitle(page)).toBeVisible();
    await expect(page.locator("main#main [data-person]")).toHaveCount(seed.totalMentions);
    await expect(notice(page)).toHaveText(OFFLINE_NOTICE);

    // The library was never opened in this browser: no copy, a clear sentence and a retry.
    await homeLink(page).click();
    await expect(page.getByRole("alert")).toContainText(
      "لم نتمكّن من الوصول إلى الخادم لتحميل قائمة المقالات",
    );
    await context.setOffline(false);
    await retryButton(page).click();
    await expect(libraryLink(page)).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  test("with the server unreachable but the browser online, the saved copy is shown and the page says why", async ({
    page,
    guard,
  }) => {
    guard.allowConsole.push(/Failed to load resource: net::ERR_CONNECTION_REFUSED/);
    await openArticlePage(page);
    await waitForServiceWorker(page);
    await waitForSavedCopy(page, ARTICLE_JSON);

    // A fresh page (nothing in memory), then the article's file cannot be reached.
    await openLibrary(page);
    await page.route(`**${ARTICLE_JSON}`, (route) => route.abort("connectionrefused"));
    await libraryLink(page).click();
    await expect(articleTitle(page)).toBeVisible();
    await expect(notice(page)).toHaveText(UNREACHABLE_NOTICE);
    await expect(page.locator("main#main [data-person]")).toHaveCount(seed.totalMentions);
  });

  test("an address never opened, offline, opens the app and says the network is missing (not the browser's error page)", async ({
    page,
    context,
  }) => {
    await openLibrary(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(articlePath);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("alert")).toContainText(
      "لم نتمكّن من الوصول إلى الخادم لتحميل المقالة",
    );
    await context.setOffline(false);
    await retryButton(page).click();
    await expect(articleTitle(page)).toBeVisible();
  });
});

/**
 * Two real builds of the app (Vite + the service worker plugin), told apart by a marker in
 * their HTML and their script, served one after the other at the same origin: a "deploy".
 */
function marker(name: string): Plugin {
  return {
    name: "e2e-build-marker",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("</head>", `<meta name="e2e-build" content="${name}" />\n  </head>`),
    transform(code, id) {
      if (!id.endsWith("/src/main.tsx")) return null;
      return {
        code: `${code}\ndocument.documentElement.dataset.e2eBuild = ${JSON.stringify(name)};\n`,
        map: null,
      };
    },
  };
}

async function buildApp(outDir: string, name: string): Promise<string[]> {
  await build({
    configFile: false,
    root: process.cwd(),
    logLevel: "silent",
    // The plugins of vite.config.ts that shape the built files, less the seed builder (the
    // articles are already in public/articles) and plus the marker.
    plugins: [react(), tailwindcss(), cspMetaPlugin(), ...offlinePlugins(), marker(name)],
    build: { outDir, emptyOutDir: true },
  });
  // The precache manifest the build's worker carries: every URL it may serve.
  const sw = readFileSync(path.join(outDir, "sw.js"), "utf8");
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => `/${match[1]}`);
}

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root: process.cwd(),
    logLevel: "silent",
    build: { outDir },
    plugins: [previewPolicyPlugin()],
    preview: { port, strictPort: true, headers: SECURITY_HEADERS },
  });
}

test.describe("a new build", () => {
  test("replaces the old cache whole: no page, script or cached file of the old build is served after the update; a tab left open is told to reload", async ({
    newContext,
  }, testInfo) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), "reader-deploy-"));
    const port = Number(process.env.E2E_PORT ?? 4173) + 20 + testInfo.parallelIndex;
    const origin = `http://localhost:${port}`;
    let server: PreviewServer | null = null;
    try {
      const manifestA = await buildApp(path.join(dir, "a"), "A");
      const manifestB = await buildApp(path.join(dir, "b"), "B");
      const onlyA = manifestA.filter((url) => !manifestB.includes(url));
      expect(onlyA.length, "the two builds differ in hashed files").toBeGreaterThan(0);

      server = await serve(path.join(dir, "a"), port);
      const context = await newContext({ baseURL: origin });
      const page = await context.newPage();
      await page.goto(articlePath);
      await expect(articleTitle(page)).toBeVisible();
      await waitForServiceWorker(page);
      await waitForSavedCopy(page, ARTICLE_JSON);
      await expect(page.locator("html")).toHaveAttribute("data-e2e-build", "A");
      // A second tab, left open on build A's library through the deploy.
      const oldTab = await context.newPage();
      await oldTab.goto("/");
      await expect(libraryLink(oldTab)).toBeVisible();
      await waitForServiceWorker(oldTab);

      // Deploy B at the same address.
      await server.close();
      server = await serve(path.join(dir, "b"), port);
      await page.reload();
      await expect(articleTitle(page)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-e2e-build", "B");

      // B's worker takes over and the precache holds B's files only, A's are gone.
      const precached = async () =>
        page.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys()) {
            if (!name.startsWith("workbox-precache")) continue;
            for (const request of await (await caches.open(name)).keys())
              urls.push(new URL(request.url).pathname);
          }
          return urls.sort();
        });
      await expect.poll(precached, { timeout: 20_000 }).toEqual([...new Set(manifestB)].sort());

      // The reloaded tab runs B: nothing to say. The tab left open runs A's scripts, whose
      // files the worker no longer has: it is told, and its reload brings B.
      await expect(oldTab.locator("[data-new-build-notice]")).toBeVisible({ timeout: 20_000 });
      await expect(oldTab.locator("[data-new-build-notice]")).toHaveAttribute("role", "status");
      await expect(page.locator("[data-new-build-notice]")).toHaveCount(0);
      await oldTab.getByRole("button", { name: "حدّث الصفحة" }).click();
      await expect(oldTab.locator("html")).toHaveAttribute("data-e2e-build", "B");
      await expect(libraryLink(oldTab)).toBeVisible();
      await expect(oldTab.locator("[data-new-build-notice]")).toHaveCount(0);
      await oldTab.close();

      // Every script and stylesheet this page runs is B's.
      const loaded = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name).pathname)
          .filter((pathname) => /\.(?:js|css)$/.test(pathname)),
      );
      for (const file of loaded)
        expect(onlyA, `${file} belongs to the old build`).not.toContain(file);

      // Offline, the shell and scripts come from the new cache: build B, whole.
      await context.setOffline(true);
      await page.reload();
      await expect(articleTitle(page)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-e2e-build", "B");
      await expect(page.locator('meta[name="e2e-build"]')).toHaveAttribute("content", "B");
      await expect(notice(page)).toHaveText(OFFLINE_NOTICE);
    } finally {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
