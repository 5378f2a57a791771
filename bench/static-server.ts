/**
 * A plain static server for a build, as a CDN serves it: files as they are, gzipped when the
 * client accepts it, `/articles/<slug>` from `articles/<slug>.html`, a folder from its
 * index.html, and 404.html (status 404) for an address with no file. Each page gets its
 * Content-Security-Policy from the build's `_headers`, and every response the static security
 * headers. No dev tool in the path, so the benchmark measures the build and not a dev server.
 *
 *   const server = await startStaticServer(dir)    // bench/site.ts
 *   npx tsx bench/static-server.ts <dir> [port]     // by hand
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CSP_HEADER, HEADERS_FILE, readHeadersFile, SECURITY_HEADERS } from "../vite/csp.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".bin": "application/octet-stream",
};

/** Types worth compressing: text. Fonts and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml))|image\/svg/;

export interface Resolved {
  /** Absolute path of the file to send. */
  file: string;
  status: 200 | 404;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * The file an address is answered with, as a CDN with clean URLs would: the file itself, the
 * folder's index.html, the address plus `.html`, or else 404.html with status 404. An address
 * that climbs out of `root` is a 404 too.
 */
export function resolveAddress(root: string, pathname: string): Resolved | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = "/";
  }
  const base = path.resolve(root);
  const target = path.resolve(base, "." + decoded);
  const inside = target === base || target.startsWith(base + path.sep);
  if (inside) {
    const candidates = [target, path.join(target, "index.html"), `${target}.html`];
    for (const file of candidates) if (isFile(file)) return { file, status: 200 };
  }
  const notFound = path.join(base, "404.html");
  return isFile(notFound) ? { file: notFound, status: 404 } : null;
}

/** The page address `_headers` names for a served file ("/articles/x", "/", "/404"). */
function pageAddress(root: string, file: string): string {
  const relative = "/" + path.relative(path.resolve(root), file).split(path.sep).join("/");
  return relative.replace(/\.html$/, "").replace(/\/index$/, "/");
}

export function staticHandler(root: string) {
  const headersPath = path.join(root, HEADERS_FILE);
  const policies = existsSync(headersPath)
    ? readHeadersFile(readFileSync(headersPath, "utf8"))
    : new Map<string, string>();
  // The build does not change while it is served: each file is read and gzipped once.
  const cache = new Map<string, { raw: Buffer; gzip: Buffer | null }>();

  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const pathname = new URL(request.url ?? "/", "http://site").pathname;
    const resolved = resolveAddress(root, pathname);
    if (!resolved) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = TYPES[path.extname(resolved.file)] ?? "application/octet-stream";
    let body = cache.get(resolved.file);
    if (!body) {
      const raw = readFileSync(resolved.file);
      body = { raw, gzip: COMPRESSIBLE.test(type) ? gzipSync(raw, { level: 9 }) : null };
      cache.set(resolved.file, body);
    }
    const gzip = body.gzip !== null && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const sent = gzip ? body.gzip! : body.raw;
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      "Content-Type": type,
      "Content-Length": String(sent.length),
      "Cache-Control": pathname.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    };
    if (body.gzip !== null) headers.Vary = "Accept-Encoding";
    if (gzip) headers["Content-Encoding"] = "gzip";
    // As `vite preview` does: a page its own policy, any other file (a worker too) the template's.
    headers["Content-Security-Policy"] =
      policies.get(pageAddress(root, resolved.file)) ?? CSP_HEADER;
    response.writeHead(resolved.status, headers);
    response.end(request.method === "HEAD" ? undefined : sent);
  };
}

/** Serves `root` on 127.0.0.1 (`port` 0: a free one); resolves once it listens. */
export function startStaticServer(
  root: string,
  port = 0,
): Promise<{ server: Server; url: string }> {
  const server = createServer(staticHandler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) throw new Error("usage: npx tsx bench/static-server.ts <dir> [port]");
  const { url } = await startStaticServer(dir, Number(port ?? 0));
  console.log(`serving ${dir} on ${url}`);
}
