/**
 * The dev server's search files: built in memory from public/articles (which the articles
 * plugin keeps current) whenever the library's index.json has changed since the last build,
 * and served at the same addresses as `npm run build` writes them (search/…).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";
import { searchFiles } from "../scripts/lib/search-files.ts";
import { SEARCH_FORMAT } from "../src/lib/search/search-format.ts";

export function searchDevPlugin(articlesDir = "public/articles"): Plugin {
  let files: Map<string, string> | undefined;
  let builtFor = -1;
  return {
    name: "arabic-news-reader:search-dev",
    apply: "serve",
    configureServer(server) {
      const dir = path.resolve(server.config.root, articlesDir);
      const prefix = `${server.config.base}${SEARCH_FORMAT.DIR}/`;
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0] ?? "";
        if (!url.startsWith(prefix)) return next();
        const file = url.slice(server.config.base.length);
        void (async () => {
          const changed = (await stat(path.join(dir, "index.json"))).mtimeMs;
          if (!files || changed !== builtFor) {
            files = searchFiles(dir);
            builtFor = changed;
          }
          const body = files.get(decodeURIComponent(file));
          if (body === undefined) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader("Content-Type", "application/json; charset=utf-8");
          res.end(body);
        })().catch((error: unknown) => {
          console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
          res.statusCode = 503;
          res.end();
        });
      });
    },
  };
}
