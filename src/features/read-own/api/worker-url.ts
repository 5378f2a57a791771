/**
 * The parse worker's script URL, in the form the page's Content Security Policy accepts.
 *
 * The policy requires Trusted Types for script URLs (`require-trusted-types-for 'script'`),
 * and `new Worker(url)` is such a sink: a plain string or URL is refused. So the page makes
 * one named policy whose only job is to vouch for a same-origin script URL; the CSP must
 * allow it by name (`trusted-types read-own-worker`). Browsers without Trusted Types take
 * the string as it is.
 */
export const WORKER_URL_POLICY = "read-own-worker";

/** What a Trusted Types policy gives back: an opaque object the Worker constructor accepts. */
interface TrustedScriptUrl {
  toString(): string;
}
interface TrustedTypesPolicy {
  createScriptURL(input: string): TrustedScriptUrl;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): TrustedTypesPolicy;
}

let policy: TrustedTypesPolicy | null = null;

/** "/assets/parse.worker-x.js" → a TrustedScriptURL (or the string), same origin only. */
export function trustedWorkerUrl(url: string): string | TrustedScriptUrl {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(WORKER_URL_POLICY, {
    createScriptURL: (input) => {
      const resolved = new URL(input, location.href);
      if (resolved.origin !== location.origin)
        throw new TypeError(`not a same-origin worker script: ${input}`);
      return resolved.href;
    },
  });
  return policy.createScriptURL(url);
}
