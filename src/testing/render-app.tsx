/**
 * Renders the real route table (layout, pages, error boundaries) at a URL, in memory, with
 * a fresh QueryClient and the app's own router. The network is faked at the fetch boundary
 * with `stubFetch`. Tests read where the app is from `history` (location, action).
 */
import { configure, render } from "@testing-library/react";
import { vi } from "vitest";
import { AppProvider } from "../app/provider";
import { memoryHistory } from "../app/history";
import { AppRouter } from "../app/AppRouter";
import { CurrentPage } from "../app/CurrentPage";
import { createQueryClient } from "../lib/query-client";

// A whole page is a big tree: each failed role query while a skeleton is up lists every
// role in its error message, so the default 1 s for findBy* is too tight on a slow machine.
configure({ asyncUtilTimeout: 3000 });

export function renderApp(url: string) {
  // jsdom has no layout, so no scrolling; the shell scrolls on navigation.
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
  const queryClient = createQueryClient();
  const history = memoryHistory([url]);
  const view = render(
    <AppProvider queryClient={queryClient}>
      <AppRouter history={history}>
        <CurrentPage />
      </AppRouter>
    </AppProvider>,
  );
  return { ...view, history, queryClient };
}

export type FakeAnswer =
  | { json: unknown; status?: number }
  | { body: string; status?: number; contentType?: string }
  | { error: Error };

/**
 * Answers fetch by path (e.g. "/articles/index.json"), one answer per call in order; the
 * last answer repeats. Unknown paths get a 404. Returns the mock to count calls.
 */
export function stubFetch(routes: Record<string, FakeAnswer | FakeAnswer[]>) {
  const calls = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), "http://localhost").pathname;
    const answers = routes[path];
    if (!answers) return new Response("", { status: 404 });
    const list = Array.isArray(answers) ? answers : [answers];
    const index = calls.get(path) ?? 0;
    calls.set(path, index + 1);
    const answer = list[Math.min(index, list.length - 1)]!;
    if ("error" in answer) throw answer.error;
    if ("json" in answer) {
      return new Response(JSON.stringify(answer.json), {
        status: answer.status ?? 200,
        headers: { "Content-Type": "application/json" },
      });
    }
    return new Response(answer.body, {
      status: answer.status ?? 200,
      headers: { "Content-Type": answer.contentType ?? "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
