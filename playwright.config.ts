import { defineConfig } from "@playwright/test";

// E2E_PORT lets a second checkout run its tests while another one's server holds 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

/**
 * End-to-end tests against the production build, in Debian's Chromium.
 * `npx playwright install` cannot download a browser on our machines, so we launch
 * /usr/bin/chromium (or CHROME_PATH). The flags: root needs --no-sandbox, and without the
 * networking flags Chromium keeps trying to reach Google services and gets refused.
 * `npm test` runs `npm run build` first, so the web server only serves dist/.
 */
export default defineConfig({
  testDir: "e2e",
  // The default outputDir (test-results/) is emptied at the start of a run, so the screenshots
  // in test-results/screenshots/ are always from this run.
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "ar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      // Wide screens: the outline is a sticky side column (≥ 1024 px).
      name: "desktop",
      testIgnore: /[\\/]phone[\\/]/,
      use: { viewport: { width: 1280, height: 900 } },
    },
    {
      // Phones: the outline sits behind a disclosure button.
      name: "phone",
      testIgnore: /[\\/]desktop[\\/]/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
