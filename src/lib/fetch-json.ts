/**
 * The one place the app talks to the network: fetch a JSON file, validate it with a zod
 * schema, and turn every way that can fail into a `FetchJsonError` with a `kind`, so the
 * UI can say precisely what went wrong (and whether retrying can help).
 */
import type * as z from "zod/mini";
import { readSavedCopy, setShownFromCopy } from "../offline/saved-copies";

/** Long enough for a slow phone network, short enough that nobody stares at a skeleton forever. */
export const FETCH_TIMEOUT_MS = 10_000;

export type FetchFailureKind =
  | "not-found" // 404 (or the host's HTML fallback page instead of the file)
  | "http" // any other non-2xx status
  | "network" // offline, DNS, refused connection
  | "timeout" // no complete answer within FETCH_TIMEOUT_MS
  | "invalid-json" // the body is not JSON
  | "invalid-data"; // JSON, but not what the schema promises

export class FetchJsonError extends Error {
  readonly kind: FetchFailureKind;
  readonly url: string;
  /** The HTTP status when the server answered, else null. */
  readonly status: number | null;

  constructor(kind: FetchFailureKind, url: string, status: number | null, options?: ErrorOptions) {
    super(`${kind} while fetching ${url}${status === null ? "" : ` (HTTP ${status})`}`, options);
    this.name = "FetchJsonError";
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

export function isFetchJsonError(error: unknown): error is FetchJsonError {
  return error instanceof FetchJsonError;
}

/** Transient failures are worth one silent retry; a missing or malformed file is not. */
export function isTransientFailure(error: unknown): boolean {
  if (!isFetchJsonError(error)) return false;
  return error.kind === "network" || (error.kind === "http" && (error.status ?? 0) >= 500);
}

/**
 * A schema, or a function that imports it: the schema module (and zod) is then a separate
 * file that a prerendered page, which fetches nothing, never loads (it keeps the JavaScript budget).
 */
export type SchemaSource<Schema> = Schema | (() => Promise<Schema>);

/** Starts loading the schema (in parallel with the request); a failed import is a network failure. */
function loadSchema<Schema>(url: string, source: SchemaSource<Schema>): () => Promise<Schema> {
  const loading =
    typeof source === "function" ? (source as () => Promise<Schema>)() : Promise.resolve(source);
  loading.catch(() => {}); // awaited below, or not at all when the request fails first
  return () =>
    loading.catch((error: unknown) =>
      Promise.reject(new FetchJsonError("network", url, null, { cause: error })),
    );
}

/**
 * `signal` is the caller's (TanStack Query cancels with it); the timeout is added here.
 * A cancellation by the caller is re-thrown as is, so Query treats it as a cancellation.
 */
export async function fetchJson<Schema extends z.ZodMiniType>(
  url: string,
  source: SchemaSource<Schema>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.infer<Schema>> {
  const schemaReady = loadSchema(url, source);
  // Known to be offline: straight to the saved copy, without a request that can only fail.
  if (typeof navigator !== "undefined" && navigator.onLine === false)
    return savedCopyOrFail(url, await schemaReady(), null);

  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  let body: string;
  try {
    const response = await fetch(url, {
      signal: combined,
      headers: { Accept: "application/json" },
    });
    if (response.status === 404) throw new FetchJsonError("not-found", url, 404);
    if (!response.ok) throw new FetchJsonError("http", url, response.status);
    // Static hosts with an SPA fallback answer a missing file with index.html and a 200.
    if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
      throw new FetchJsonError("not-found", url, response.status);
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new FetchJsonError("timeout", url, null, { cause: error });
    return savedCopyOrFail(url, await schemaReady(), error);
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new FetchJsonError("invalid-json", url, 200, { cause: error });
  }

  const parsed = (await schemaReady()).safeParse(json);
  if (!parsed.success) throw new FetchJsonError("invalid-data", url, 200, { cause: parsed.error });
  setShownFromCopy(url, false);
  return parsed.data;
}

/**
 * Offline or the server unreachable: the copy kept when this file was last shown, if there
 * is one and it is still valid (the page then says it shows a saved copy); otherwise a
 * "network" failure. Only for this kind of failure: a server that answers with an error is
 * reported as such.
 */
async function savedCopyOrFail<Schema extends z.ZodMiniType>(
  url: string,
  schema: Schema,
  cause: unknown,
): Promise<z.infer<Schema>> {
  const copy = schema.safeParse(await readSavedCopy(url));
  if (copy.success) {
    setShownFromCopy(url, true);
    return copy.data;
  }
  throw new FetchJsonError("network", url, null, { cause });
}
