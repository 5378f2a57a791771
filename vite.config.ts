/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { articlesPlugin } from "./scripts/vite-plugin-articles.ts";

export default defineConfig({
  // Seeds → public/articles on start and on every seed edit; not under Vitest, whose tests build into temp folders.
  plugins: [...(process.env.VITEST ? [] : [articlesPlugin()]), react(), tailwindcss()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["src/pipeline/**/*.test.ts", "src/article/**/*.test.ts", "src/text/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
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
