/**
 * Helpers for the trust specs (faults, offline reading, hostile text, CSP): produce a fault
 * on a data file by request interception, wait for the service worker, read Cache Storage.
 */
import type { BrowserContext, Locator, Page, Route } from "@playwright/test";
import { expect } from "./fixtures";
import { articlePath, seed } from "./seed";
import { waitForApp } from "./reader";

export const ARTICLE_JSON = `/articles/${seed.slug}.json`;
/** The library page's own file: its first page of entries. */
export const LIBRARY_JSON = "/articles/pages/1.json";
/** The app's fetch timeout (src/lib/fetch-json.ts), driven by Playwright's clock. */
export const FETCH_TIMEOUT_MS = 10_000;
/** src/app/offline/saved-copies.ts */
export const SAVED_COPIES_CACHE = "saved-data-v1";

export type Resource = "article" | "library";

export interface Fault {
  name: string;
  /**
   * What the browser itself logs for this fault (a failed resource load is a console error
   * in Chromium). Only these are let through; anything the app logs still fails the test.
   */
  browserLogs: RegExp[];
  /** The sentence the page must show, per resource. */
  message: Record<Resource, RegExp>;
  /** Starts the fault for requests to `path`; the returned function ends it. */
  start(page: Page, context: BrowserContext, path: string): Promise<() => Promise<void>>;
}

/** Serves `path` with `answer` while the fault lasts, and from the real server afterwards. */
async function intercept(
  page: Page,
  path: string,
  answer: (route: Route) => Promise<void>,
): Promise<() => Promise<void>> {
  const glob = `**${path}`;
  let active = true;
  await page.route(glob, (route) => (active ? answer(route) : route.fallback()));
  return async () => {
    active = false;
    await page.unroute(glob);
  };
}

export const FAULTS: Fault[] = [
  {
    name: "HTTP 404",
    browserLogs: [/Failed to load resource: the server responded with a status of 404/],
    // The article's own 404 page (a missing file is a missing article); the library's first
    // page always exists, so its file missing is a server fault, with a retry.
    message: {
      article: /لم نجد هذه المقالة/,
      library: /ردّ الخادم بخطأ \(رمز ٤٠٤\) بدل قائمة المقالات/,
    },
    start: (page, _context, path) =>
      intercept(page, path, (route) => route.fulfill({ status: 404, body: "Not Found" })),
  },
  {
    name: "HTTP 500",
    browserLogs: [/Failed to load resource: the server responded with a status of 500/],
    message: {
      article: /ردّ الخادم بخطأ \(رمز ٥٠٠\) بدل المقالة/,
      library: /ردّ الخادم بخطأ \(رمز ٥٠٠\) بدل قائمة المقالات/,
    },
    start: (page, _context, path) =>
      intercept(page, path, (route) =>
        route.fulfill({ status: 500, contentType: "text/plain", body: "server down" }),
      ),
  },
  {
    name: "no answer (the app's 10 s timeout)",
    browserLogs: [],
    message: {
      article: /انتظرنا المقالة أكثر من ١٠ ثوانٍ/,
      library: /انتظرنا قائمة المقالات أكثر من ١٠ ثوانٍ/,
    },
    start: async (page, _context, path) => {
      // Never answered: the request stays open until the app gives up on it.
      const stop = await intercept(page, path, () => new Promise<void>(() => {}));
      return stop;
    },
  },
  {
    name: "a body that is not JSON",
    browserLogs: [],
    message: {
      article: /وصل ملف المقالة تالفًا ولا يمكن قراءته/,
      library: /وصل ملف قائمة المقالات تالفًا ولا يمكن قراءته/,
    },
    start: (page, _context, path) =>
      intercept(page, path, (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: '{"schemaVersion": 1, "title": "مقال',
        }),
      ),
  },
  {
    name: "JSON that fails the schema",
    browserLogs: [],
    message: {
      article: /وصل ملف المقالة بصيغة لا يعرفها القارئ/,
      library: /وصل ملف قائمة المقالات بصيغة لا يعرفها القارئ/,
    },
    start: (page, _context, path) =>
      intercept(page, path, (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({
            schemaVersion: 1,
            slug: seed.slug,
            articles: "none",
            sections: [{ id: 1 }],
          }),
        }),
      ),
  },
  {
    name: "the network dropping mid-session",
    browserLogs: [],
    message: {
      article: /لم نتمكّن من الوصول إلى الخادم لتحميل المقالة/,
      library: /لم نتمكّن من الوصول إلى الخادم لتحميل قائمة المقالات/,
    },
    start: async (_page, context) => {
      await context.setOffline(true);
      return () => context.setOffline(false);
    },
  },
];

/** Resolves once a service worker controls the page (so faults are produced under it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 15_000,
  });
}

/** Resolves once the app has kept a saved copy of the data file at `path`. */
export async function waitForSavedCopy(page: Page, path: string): Promise<void> {
  // Polled from the test: waitForFunction does not wait for an async predicate's answer.
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({ cacheName, path }) => {
            const cache = await caches.open(cacheName);
            return (await cache.match(path)) !== undefined;
          },
          { cacheName: SAVED_COPIES_CACHE, path },
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

export const homeLink = (page: Page): Locator =>
  page.getByRole("banner").getByRole("link", { name: "قارئ الأخبار" });
export const retryButton = (page: Page): Locator =>
  page.getByRole("button", { name: "أعد المحاولة" });
export const articleTitle = (page: Page): Locator =>
  page.getByRole("heading", { level: 1, name: seed.title });
export const libraryLink = (page: Page): Locator =>
  page.locator("main#main").getByRole("link", { name: seed.title, exact: true });

/** Never a blank page: the header is there, and <main> says something. */
export async function expectNotBlank(page: Page): Promise<void> {
  await expect(page.getByRole("banner")).toBeVisible();
  const text = (await page.locator("main#main").innerText()).trim();
  expect(text.length, "the page has something to say").toBeGreaterThan(20);
}

export async function openLibrary(page: Page): Promise<void> {
  await page.goto("/");
  await expect(libraryLink(page)).toBeVisible();
  await waitForApp(page);
}

export async function openArticlePage(page: Page): Promise<void> {
  await page.goto(articlePath);
  await expect(articleTitle(page)).toBeVisible();
  await waitForApp(page);
}
