import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { articlesPlugin } from "./articles-plugin.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let cleanup: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("articlesPlugin in dev", () => {
  it("builds on start and rebuilds when a seed is added or edited, without a restart", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "plugin-"));
    cleanup.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(path.join(root, "seeds"));
    copyFileSync(
      path.join(ROOT, "seeds/000_ba3d84ed962b3426.txt"),
      path.join(root, "seeds/000_ba3d84ed962b3426.txt"),
    );
    const server = await createServer({
      root,
      configFile: false,
      logLevel: "silent",
      plugins: [articlesPlugin()],
      server: { port: 0, watch: { usePolling: true, interval: 50 } },
    });
    cleanup.push(() => server.close());
    await server.pluginContainer.buildStart({});
    const out = (name: string) => path.join(root, "public/articles", name);
    expect(existsSync(out("000-ba3d84ed962b3426.json"))).toBe(true);

    writeFileSync(path.join(root, "seeds/new.txt"), "مقال جديد\n\nنص أول.\n");
    await waitFor(() => existsSync(out("new.json")));
    writeFileSync(path.join(root, "seeds/new.txt"), "عنوان معدّل\n\nنص أول.\n");
    await waitFor(
      () =>
        existsSync(out("new.json")) && readFileSync(out("new.json"), "utf8").includes("عنوان معدّل"),
    );
    expect(JSON.parse(readFileSync(out("index.json"), "utf8")).articles).toHaveLength(2);
  });
});
