/**
 * The histories AppRouter drives: the browser's, and one in memory for tests. These are
 * React Router's own (what BrowserRouter and MemoryRouter use inside), exported by the
 * package as UNSAFE_ because it does not promise their API; the version is pinned.
 */
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createMemoryHistory as createMemoryHistory,
} from "react-router";

export type AppHistory = ReturnType<typeof createBrowserHistory>;

// v5Compat: the history tells its listener of every push and replace, not only of Back/Forward.

export function browserHistory(): AppHistory {
  return createBrowserHistory({ v5Compat: true });
}

export function memoryHistory(initialEntries: string[]): AppHistory {
  return createMemoryHistory({ initialEntries, v5Compat: true });
}
