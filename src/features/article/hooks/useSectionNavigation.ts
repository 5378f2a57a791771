/**
 * Moving between sections, and knowing which one is being read.
 *
 * - `goToSection(id)` scrolls to the section (smooth, or instant under reduced motion),
 *   focuses its heading without a second scroll, and pushes `#id` as a new history entry.
 * - Back/Forward (popstate/hashchange) and a hash in the URL on arrival go to the section
 *   instantly, as the browser does for fragments; an unknown hash is ignored.
 * - Scroll spy: the current section is the last one whose heading has passed the reading
 *   line; at the very bottom of the page, the last heading in view. A section reached by
 *   a click or by history stays current ("pinned") until the user scrolls by themselves —
 *   otherwise a short last section could never be marked, since its heading cannot reach
 *   the reading line.
 *
 * - Back to an entry without a hash (where the reader was before the first choice) returns
 *   to the position saved in that entry's state, or to the top.
 *
 * History entries are pushed with the History API rather than the router: the router
 * would scroll to the hash itself (instantly, through <ScrollRestoration>) and fight the
 * smooth scroll. The entry copies the router's state with a fresh key and index, so the
 * router handles Back/Forward through these entries like its own.
 */
import { useCallback, useEffect, useRef } from "react";
import type { ReaderStore } from "./reader-store";
import { prefersReducedMotion } from "../utils/motion";

/** Where, as a share of the viewport's height, a heading starts to count as being read. */
const READING_LINE = 0.3;
/** Keys that scroll the page: pressing one means the user has taken over scrolling. */
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

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
  return state !== null && typeof state === "object" ? { ...(state as Record<string, unknown>) } : {};
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

/** The last of the headings (in document order) whose top is above the reading line. */
function sectionInView(headings: readonly HTMLElement[]): string | null {
  if (headings.length === 0) return null;
  const viewport = window.innerHeight;
  const root = document.documentElement;
  const atBottom = window.scrollY + viewport >= root.scrollHeight - 2;
  const line = atBottom ? viewport : viewport * READING_LINE;
  // Headings are in document order, so their tops are increasing: binary search keeps a
  // 200-section article as cheap as a short one.
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const heading = headings[mid];
    if (heading && heading.getBoundingClientRect().top <= line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 ? (headings[found]?.id ?? null) : null;
}

export interface SectionNavigation {
  goToSection: (id: string) => void;
  /** Another kind of move (to a mention) scrolled the page: let the scroll spy follow. */
  release: () => void;
}

export function useSectionNavigation(
  sectionIds: readonly string[],
  headedIds: readonly string[],
  store: ReaderStore,
): SectionNavigation {
  const pinned = useRef(false);
  /** Bumped by every move, so a late font-load correction applies only to the move it follows. */
  const moves = useRef(0);
  const known = useRef(new Set(sectionIds));
  const headed = useRef(new Set(headedIds));
  useEffect(() => {
    known.current = new Set(sectionIds);
    headed.current = new Set(headedIds);
  }, [sectionIds, headedIds]);

  const show = useCallback(
    (id: string, behavior: ScrollBehavior): HTMLElement | null => {
      if (!known.current.has(id)) return null;
      const target = document.getElementById(id);
      if (!target) return null;
      moves.current += 1;
      pinned.current = true;
      store.update({ currentSection: headed.current.has(id) ? id : null });
      target.scrollIntoView?.({ block: "start", behavior });
      target.focus({ preventScroll: true });
      return target;
    },
    [store],
  );

  const goToSection = useCallback(
    (id: string) => {
      const scrollY = window.scrollY;
      if (!show(id, prefersReducedMotion() ? "instant" : "smooth")) return;
      // Choosing the section already in the URL adds no entry, as a fragment link would not.
      if (hashTarget(window.location.hash) === id) return;
      const { history } = window;
      history.replaceState({ ...stateObject(history.state), [SCROLL_KEY]: scrollY }, "");
      history.pushState(nextHistoryState(history.state), "", `#${encodeURIComponent(id)}`);
    },
    [show],
  );

  // Arrival with a hash, and Back/Forward between sections.
  useEffect(() => {
    const page = window.location.pathname + window.location.search;
    const fromUrl = () => {
      // Back to another page is the app shell's business, not this page's.
      if (window.location.pathname + window.location.search !== page) return;
      const id = hashTarget(window.location.hash);
      if (id && known.current.has(id)) {
        show(id, "instant");
        return;
      }
      if (id) return; // An unknown hash: leave the page where it is.
      moves.current += 1;
      pinned.current = false;
      window.scrollTo({ top: savedScroll(window.history.state) ?? 0, behavior: "instant" });
    };

    const arrival = hashTarget(window.location.hash);
    const target = arrival ? show(arrival, "instant") : null;
    if (target) {
      // The web font may swap in after this and move the heading: land on it again then,
      // unless the reader has moved on.
      const move = moves.current;
      void document.fonts?.ready.then(() => {
        if (pinned.current && moves.current === move) target.scrollIntoView?.({ block: "start", behavior: "instant" });
      });
    }
    window.addEventListener("popstate", fromUrl);
    window.addEventListener("hashchange", fromUrl);
    return () => {
      window.removeEventListener("popstate", fromUrl);
      window.removeEventListener("hashchange", fromUrl);
    };
  }, [show]);

  const releaseRef = useRef<() => void>(() => {});
  const release = useCallback(() => releaseRef.current(), []);

  // Scroll spy, at most once per frame.
  useEffect(() => {
    let frame = 0;
    let headings: HTMLElement[] = [];
    const collect = () => {
      headings = [...headed.current]
        .map((id) => document.getElementById(id))
        .filter((el): el is HTMLElement => el !== null);
    };
    const update = () => {
      frame = 0;
      if (pinned.current) return;
      if (headings.length !== headed.current.size || headings.some((h) => !h.isConnected)) collect();
      const current = sectionInView(headings);
      if (current !== store.get().currentSection) store.update({ currentSection: current });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const userScrolls = () => {
      if (!pinned.current) return;
      pinned.current = false;
      schedule();
    };
    const onKey = (event: KeyboardEvent) => {
      if (!SCROLL_KEYS.has(event.key)) return;
      const target = event.target;
      // Space on a button presses it; arrows in a text field move the caret.
      if (target instanceof HTMLElement && target.closest("button, input, textarea, select, [role=button], [contenteditable]")) {
        if (event.key === " " || target.closest("input, textarea, select, [contenteditable]")) return;
      }
      userScrolls();
    };

    releaseRef.current = () => {
      moves.current += 1;
      userScrolls();
    };
    collect();
    if (!pinned.current) update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    window.addEventListener("wheel", userScrolls, { passive: true });
    window.addEventListener("touchmove", userScrolls, { passive: true });
    window.addEventListener("keydown", onKey);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("wheel", userScrolls);
      window.removeEventListener("touchmove", userScrolls);
      window.removeEventListener("keydown", onKey);
    };
  }, [store, headedIds]);

  return { goToSection, release };
}
