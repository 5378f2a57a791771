/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { APP_BUILD } from "./vite/build-options.ts";
import { articlesPlugin } from "./vite/articles-plugin.ts";
import { cspMetaPlugin, previewPolicyPlugin, SECURITY_HEADERS } from "./vite/csp.ts";
import { offlinePlugins } from "./vite/offline-pwa.ts";
import { searchDevPlugin } from "./vite/search-plugin.ts";

export default defineConfig({
  // Seeds → public/articles on start and on every seed edit; not under Vitest, whose tests build into temp folders.
  plugins: [
    ...(process.env.VITEST ? [] : [articlesPlugin(), searchDevPlugin()]),
    react(),
    tailwindcss(),
    // Build only: the CSP <meta>, the app shell copy and the service worker.
    ...(process.env.VITEST ? [] : [cspMetaPlugin(), ...offlinePlugins()]),
    // Preview only: each prerendered page's own policy header, from dist/_headers.
    previewPolicyPlugin(),
  ],
  // The dev server finds dependencies by crawling from index.html, which misses what only
  // a lazy import (the article schema) or /read's worker loads: found on first use, they
  // made it reload the page, and the click that started a parse was lost.
  optimizeDeps: { include: ["zod/mini"] },
  build: APP_BUILD,
  // With each page's policy from previewPolicyPlugin: its <meta>'s plus what only a header
  // can say (frame-ancestors).
  preview: { headers: SECURITY_HEADERS },
  test: {
    // CI shares two cores between the type checker, the build and two projects of tests:
    // a test's limit is there to catch a hang, not to time it (benchmarks time things).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: [
            "src/pipeline/**/*.test.ts",
            "src/article/**/*.test.ts",
            "src/text/**/*.test.ts",
            "src/lib/**/*.test.ts",
            "scripts/**/*.test.ts",
            "vite/**/*.test.ts",
            "bench/**/*.test.ts",
            "tests/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["src/testing/setup.ts"],
        },
      },
    ],
  },
});
