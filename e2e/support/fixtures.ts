/**
 * Every test runs under a guard: a console error, an uncaught page error, or a request that
 * leaves the page's origin fails the test. Off-origin requests are also aborted, so a test
 * can never depend on the network (and a reader must not phone home: fonts are self-hosted).
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
} from "@playwright/test";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface Guard {
  problems: string[];
  /** Console errors matching one of these are expected by the test that adds them. */
  allowConsole: RegExp[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return LOCAL_HOSTS.has(hostname);
}

async function watch(context: BrowserContext, guard: Guard): Promise<void> {
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (guard.allowConsole.some((pattern) => pattern.test(text))) return;
    const where = message.location().url;
    guard.problems.push(`console error: ${text}${where ? ` (${where})` : ""}`);
  });
  context.on("weberror", (error) => {
    guard.problems.push(`page error: ${error.error().message}`);
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.fallback();
    guard.problems.push(`request left the origin: ${route.request().method()} ${url}`);
    return route.abort("blockedbyclient");
  });
}

interface Fixtures {
  guard: Guard;
  /** A context from `browser.newContext()` (what @axe-core/playwright needs), under the guard. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

// The fixture callback is named `provide`, not `use`: the React hooks lint rule would take `use` for React's.
export const test = base.extend<Fixtures>({
  guard: [
    async ({ context }, provide) => {
      const guard: Guard = { problems: [], allowConsole: [] };
      await watch(context, guard);
      await provide(guard);
      expect(guard.problems, "console errors, page errors or off-origin requests").toEqual([]);
    },
    { auto: true },
  ],
  newContext: async (
    { browser, guard, baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, locale },
    provide,
  ) => {
    const contexts: BrowserContext[] = [];
    await provide(async (options) => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        isMobile,
        hasTouch,
        deviceScaleFactor,
        locale,
        ...options,
      });
      await watch(context, guard);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
