import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAddress, startStaticServer } from "./static-server.ts";

let root: string;
let server: Server;
let url: string;

const PAGE = "<!doctype html><p>" + "نص المقال ".repeat(200) + "</p>";

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "static-server-"));
  mkdirSync(path.join(root, "articles"));
  mkdirSync(path.join(root, "assets"));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><p>library</p>");
  writeFileSync(path.join(root, "404.html"), "<!doctype html><p>not found</p>");
  writeFileSync(path.join(root, "articles", "one.html"), PAGE);
  writeFileSync(path.join(root, "articles", "one.json"), '{"slug":"one"}');
  writeFileSync(path.join(root, "assets", "app.js"), "console.log(1);".repeat(50));
  writeFileSync(
    path.join(root, "_headers"),
    "/articles/one\n  Content-Security-Policy: page-one\n",
  );
  ({ server, url } = await startStaticServer(root));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("resolveAddress", () => {
  it("answers a clean article address with its .html file and a folder with its index", () => {
    expect(resolveAddress(root, "/articles/one")).toEqual({
      file: path.join(root, "articles", "one.html"),
      status: 200,
    });
    expect(resolveAddress(root, "/")).toEqual({ file: path.join(root, "index.html"), status: 200 });
  });

  it("answers an unknown address, or one that climbs out of the folder, with 404.html", () => {
    const notFound = { file: path.join(root, "404.html"), status: 404 };
    expect(resolveAddress(root, "/articles/none")).toEqual(notFound);
    expect(resolveAddress(root, "/../../etc/passwd")).toEqual(notFound);
    expect(resolveAddress(root, "/%2e%2e/%2e%2e/etc/passwd")).toEqual(notFound);
  });
});

describe("startStaticServer", () => {
  it("sends a page gzipped, with its own policy and the security headers", async () => {
    const response = await fetch(`${url}/articles/one`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-security-policy")).toBe("page-one");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // fetch decodes the body: the text is the file's.
    expect(await response.text()).toBe(PAGE);
  });

  it("sends fewer bytes gzipped than the file has", async () => {
    const { request } = await import("node:http");
    const body = await new Promise<Buffer>((resolve, reject) => {
      request(`${url}/articles/one`, { headers: { "Accept-Encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(Buffer.concat(chunks)));
      })
        .on("error", reject)
        .end();
    });
    expect(body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
    expect(gunzipSync(body).toString("utf8")).toBe(PAGE);
  });

  it("sends a file unchanged to a client that does not accept gzip", async () => {
    const response = await fetch(`${url}/articles/one.json`, {
      headers: { "Accept-Encoding": "identity" },
    });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.json()).toEqual({ slug: "one" });
  });

  it("answers an unknown address with 404.html and status 404", async () => {
    const response = await fetch(`${url}/articles/none`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("not found");
  });

  it("lets the browser keep hashed assets and asks it to revalidate pages", async () => {
    const asset = await fetch(`${url}/assets/app.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const page = await fetch(`${url}/`);
    expect(page.headers.get("cache-control")).toBe("no-cache");
  });
});
