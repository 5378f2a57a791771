/**
 * Moves between sections in the browser's history and the URL's hash.
 *
 * - A choice (`goToSection(id)`) pushes `#id` as a new history entry, once the move is made.
 * - Back/Forward (popstate/hashchange) and a hash in the URL on arrival go to the section
 *   instantly, as the browser does for fragments; an unknown hash is ignored.
 * - Back to an entry without a hash (where the reader was before the first choice) returns
 *   to the position saved in that entry's state, or to the top.
 *
 * History entries are pushed with the History API rather than the router: the router
 * would scroll to the hash itself (instantly, through <ScrollRestoration>) and fight the
 * smooth scroll. The entry copies the router's state with a fresh key and index, so the
 * router handles Back/Forward through these entries like its own.
 */
import { useCallback, useEffect, useRef } from "react";
import type { SectionMoves } from "./useSectionMoves";
import { runNow } from "../utils/tasks";

export function hashTarget(hash: string): string {
  if (!hash.startsWith("#")) return "";
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}

/** Where the reader was on an entry, kept in its state for Back to an entry without a hash. */
const SCROLL_KEY = "readerScrollY";

function stateObject(state: unknown): Record<string, unknown> {
  return state !== null && typeof state === "object"
    ? { ...(state as Record<string, unknown>) }
    : {};
}

/** The router's state with a fresh key and the next index, as its own push would write. */
function nextHistoryState(current: unknown): Record<string, unknown> {
  const next = stateObject(current);
  delete next[SCROLL_KEY];
  if (typeof next.idx === "number") {
    next.idx += 1;
    next.key = Math.random().toString(36).slice(2, 10);
  }
  return next;
}

function savedScroll(state: unknown): number | null {
  const value = stateObject(state)[SCROLL_KEY];
  return typeof value === "number" ? value : null;
}

/**
 * `#id` as a new history entry, as a fragment link would add, unless it is the entry
 * already; the entry left keeps where the reader was, for Back to an entry without a hash.
 */
function* pushEntry(id: string, scrollY: number): Generator<void> {
  if (hashTarget(window.location.hash) === id) return;
  const { history } = window;
  history.replaceState({ ...stateObject(history.state), [SCROLL_KEY]: scrollY }, "");
  // Each call costs several milliseconds in Chromium (more on a first use): one per task.
  yield;
  history.pushState(nextHistoryState(history.state), "", `#${encodeURIComponent(id)}`);
}

/** Returns `goToSection`: the move to a section chosen by the reader, as a history entry. */
export function useSectionHistory({
  jumpTo,
  moveTo,
  returnTo,
  untilNextMove,
}: SectionMoves): (id: string) => void {
  /** The history entry of the last smooth move, while it is still to be pushed. */
  const pendingEntry = useRef<Iterator<void>>([].values());

  const goToSection = useCallback(
    (id: string) => {
      // A choice made before the last one's entry was pushed: push that entry first, so
      // that every choice is still an entry of its own, in order.
      runNow(pendingEntry.current);
      const entry = pushEntry(id, window.scrollY);
      if (moveTo(id, entry)) pendingEntry.current = entry;
    },
    [moveTo],
  );

  // Arrival with a hash, and Back/Forward between sections.
  useEffect(() => {
    const page = window.location.pathname + window.location.search;
    const fromUrl = () => {
      // Back to another page is the app shell's business, not this page's.
      if (window.location.pathname + window.location.search !== page) return;
      const id = hashTarget(window.location.hash);
      // An unknown hash leaves the page where it is: there is no section to jump to.
      if (id) {
        jumpTo(id);
        return;
      }
      returnTo(savedScroll(window.history.state) ?? 0);
    };

    const arrival = hashTarget(window.location.hash);
    const target = arrival ? jumpTo(arrival) : null;
    if (target) {
      // The web font may swap in after this and move the heading: land on it again then,
      // unless the reader has moved on.
      const stillHere = untilNextMove();
      void document.fonts?.ready.then(() => {
        if (stillHere()) target.scrollIntoView?.({ block: "start", behavior: "instant" });
      });
    }
    window.addEventListener("popstate", fromUrl);
    window.addEventListener("hashchange", fromUrl);
    return () => {
      window.removeEventListener("popstate", fromUrl);
      window.removeEventListener("hashchange", fromUrl);
    };
  }, [jumpTo, returnTo, untilNextMove]);

  return goToSection;
}
