import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepModelForOffline } from "./offline-model";

/** A service worker container that can take control of the page, and caches that may hold the model. */
function stubOffline({ controlled, cached }: { controlled: boolean; cached: boolean }) {
  const container = new EventTarget() as EventTarget & { controller: object | null };
  container.controller = controlled ? {} : null;
  Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
  const match = vi.fn(async () => (cached ? new Response("{}") : undefined));
  vi.stubGlobal("caches", { match });
  const fetch = vi.fn<(url: string) => Promise<Response>>(async () => new Response("{}"));
  vi.stubGlobal("fetch", fetch);
  const takeControl = () => {
    container.controller = {};
    container.dispatchEvent(new Event("controllerchange"));
  };
  return { match, fetch, takeControl };
}

describe("keeping /read's person model for offline use", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, "serviceWorker");
  });

  it("fetches the model once more when the service worker takes over and no cache holds it", async () => {
    const { fetch, takeControl } = stubOffline({ controlled: false, cached: false });
    keepModelForOffline();
    expect(fetch).not.toHaveBeenCalled();
    takeControl();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/model/);
  });

  it("looks in the caches a while after the start when the page is already controlled, and fetches only what is missing", async () => {
    const missing = stubOffline({ controlled: true, cached: false });
    keepModelForOffline();
    expect(missing.match).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(missing.match).toHaveBeenCalledTimes(1);
    expect(missing.fetch).toHaveBeenCalledTimes(1);

    const kept = stubOffline({ controlled: true, cached: true });
    keepModelForOffline();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(kept.match).toHaveBeenCalledTimes(1);
    expect(kept.fetch).not.toHaveBeenCalled();
  });

  it("does nothing once stopped", async () => {
    const { match, fetch, takeControl } = stubOffline({ controlled: false, cached: false });
    keepModelForOffline()();
    takeControl();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(match).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });
});
