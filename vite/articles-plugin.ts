/**
 * Builds the article JSON when Vite starts (dev and build) and again whenever a seed or a
 * sidecar changes in dev, then reloads the page: an edited seed shows up without a restart.
 * A broken seed fails `vite build`; in dev it is reported and the last good output stays.
 */
import path from "node:path";
import type { Plugin } from "vite";
import { buildArticles, DEFAULT_OUT_DIR, DEFAULT_SEEDS_DIR } from "../scripts/build-articles.ts";
import { longRunBar } from "../scripts/lib/progress.ts";
import { SeedError } from "../src/pipeline/seed-error.ts";

export interface ArticlesPluginOptions {
  seedsDir?: string;
  outDir?: string;
}

const WATCHED = /\.(?:txt|meta\.json)$/;
const DEBOUNCE_MS = 100;

function describe(error: unknown): string {
  return error instanceof SeedError || error instanceof Error ? error.message : String(error);
}

export function articlesPlugin(options: ArticlesPluginOptions = {}): Plugin {
  let root = process.cwd();
  let isBuild = false;
  const dirs = () => ({
    seedsDir: path.resolve(root, options.seedsDir ?? DEFAULT_SEEDS_DIR),
    outDir: path.resolve(root, options.outDir ?? DEFAULT_OUT_DIR),
  });
  const log = (line: string) => console.log(`[articles] ${line}`);
  // On a terminal, a long run draws a bar instead of a line per article.
  const progress = (total: number) => longRunBar("[articles]", total);

  return {
    name: "arabic-news-reader:articles",
    configResolved(config) {
      root = config.root;
      isBuild = config.command === "build";
    },
    async buildStart() {
      try {
        await buildArticles({ ...dirs(), log, progress });
      } catch (error) {
        if (isBuild) this.error(describe(error));
        console.error(`[articles] ${describe(error)} (keeping the previous output)`);
      }
    },
    configureServer(server) {
      const { seedsDir } = dirs();
      server.watcher.add(seedsDir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const rebuild = () => {
        running = running.then(async () => {
          try {
            await buildArticles({ ...dirs(), log, progress });
            server.ws.send({ type: "full-reload" });
          } catch (error) {
            console.error(`[articles] ${describe(error)} (keeping the previous output)`);
          }
        });
      };
      const onEvent = (file: string) => {
        if (!WATCHED.test(file) || path.dirname(path.resolve(file)) !== seedsDir) return;
        clearTimeout(timer);
        timer = setTimeout(rebuild, DEBOUNCE_MS);
      };
      server.watcher.on("add", onEvent);
      server.watcher.on("change", onEvent);
      server.watcher.on("unlink", onEvent);
    },
  };
}
