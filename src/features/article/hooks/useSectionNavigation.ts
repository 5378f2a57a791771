/**
 * Moving between sections, and knowing which one is being read.
 *
 * - `goToSection(id)` scrolls to the section (smooth, or instant under reduced motion),
 *   focuses its heading without a second scroll, and pushes `#id` as a new history entry.
 *   A smooth move does this in a few short tasks after the click, and a long one starts
 *   one screen short of its target (see `approach`).
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
import { BODY, isSkippable, skipFar, unskip } from "../utils/offscreen";
import { onReaderScroll } from "../utils/reader-scroll";

/** Where, as a share of the viewport's height, a heading starts to count as being read. */
const READING_LINE = 0.3;

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

/** Articles with more sections than this move through the outline without a glide. */
const GLIDE_MAX_SECTIONS = 1_000;

/** Farther than this many screens, a smooth move starts one screen short of its target. */
const JUMP_FROM_SCREENS = 1.5;
/**
 * Section bodies within this many screens above and below a target are laid out before a
 * long move: the screen the last stretch passes, and the margin around the viewport in
 * which the browser lays out `content-visibility: auto` boxes by itself (up to 1.5 screens
 * in Chromium). Above, they decide where the heading lands; below, they would otherwise be
 * laid out during the scroll's frames.
 */
const SHOWN_ABOVE_SCREENS = 2.5;
const SHOWN_BELOW_SCREENS = 3;
/**
 * Estimated lines of section bodies laid out per task while preparing a long move: two
 * bodies of the long article (~25 lines each) took 10–30 ms at 4× CPU slowdown, and each
 * task lets a frame in.
 */
const LINES_PER_TASK = 50;
/**
 * At most this many tasks, however many bodies: each task forces a layout of the whole
 * page and lets a frame in, and on a page of 10,000 short sections each of those costs
 * ~200 ms whatever the bodies (one task per 50 lines made a move take 4–8 s there).
 */
const MAX_TASKS = 4;

/** Bodies in groups of about LINES_PER_TASK estimated lines (data-lines), at most MAX_TASKS groups. */
function inBatches(bodies: readonly HTMLElement[]): HTMLElement[][] {
  const lines = bodies.reduce((sum, body) => sum + (Number(body.dataset.lines) || 1), 0);
  const count = Math.min(MAX_TASKS, Math.max(1, Math.ceil(lines / LINES_PER_TASK)));
  const perBatch = lines / count;
  const batches: HTMLElement[][] = [[]];
  let filled = 0;
  for (const body of bodies) {
    if (filled >= perBatch * batches.length && batches.length < count) batches.push([]);
    batches.at(-1)!.push(body);
    filled += Number(body.dataset.lines) || 1;
  }
  return batches.filter((batch) => batch.length > 0);
}

/**
 * Runs a move's steps one task apart, so that none of them makes a long task with the
 * others: a click's task already carries the browser's hit tests and mouse events.
 * Returns a function that drops the steps not yet run.
 */
function runInTasks(steps: Iterator<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    if (!steps.next().done) timer = setTimeout(next);
  };
  timer = setTimeout(next);
  return () => clearTimeout(timer);
}

/** Runs steps written for `runInTasks` at once. */
function runNow(steps: Iterator<void>): void {
  while (!steps.next().done);
}

/**
 * The section bodies around `target` that a move to it shows: within SHOWN_ABOVE_SCREENS
 * above it (nearest first: they decide where the heading lands) and SHOWN_BELOW_SCREENS
 * below. Heights (remembered or estimated for skipped bodies) are all read before anything
 * changes: one layout.
 */
function bodiesAround(target: HTMLElement): HTMLElement[] {
  const screen = window.innerHeight;
  const section = target.closest("section") ?? target;
  const bodies: HTMLElement[] = [];
  const collect = (from: Element | null, next: (box: Element) => Element | null, screens: number) => {
    let covered = 0;
    for (let box = from; box && covered < screens * screen; box = next(box)) {
      const body = box.querySelector<HTMLElement>(BODY);
      if (body) bodies.push(body);
      if (box !== section) covered += box.getBoundingClientRect().height;
    }
  };
  collect(section, (box) => box.previousElementSibling, SHOWN_ABOVE_SCREENS);
  collect(section.nextElementSibling, (box) => box.nextElementSibling, SHOWN_BELOW_SCREENS);
  return bodies;
}

/**
 * The steps of a smooth move through the outline, one per task (see `runInTasks`).
 *
 * A long smooth move would lay out and paint every section it passes: on a 50,000-word
 * article, frames of 100–300 ms. Instead the page moves at once to one screen short of the
 * target, and the smooth scroll does the last screen, so the reader still sees the text
 * glide in and come to rest. Section bodies far from the viewport are skipped by the
 * browser (utils/offscreen.ts); those around the target are laid out first, a few per
 * task, so that no frame of the move has to, none blinks out, and the target's place is
 * computed from real heights. `laidOut` keeps them, for `skipFar` to take back later.
 */
function* approach(target: HTMLElement, laidOut: Set<HTMLElement>, stillWanted: () => boolean): Generator<void> {
  // Bodies laid out for the last move, and now far away, go back to the browser.
  skipFar(laidOut);
  const screen = window.innerHeight;
  if (Math.abs(target.getBoundingClientRect().top) > JUMP_FROM_SCREENS * screen) {
    const skipped = bodiesAround(target).filter(isSkippable);
    // Reading the boxes above may have cost a style and layout pass: the first body waits.
    yield;
    if (!stillWanted()) return;
    for (const batch of inBatches(skipped)) {
      for (const body of batch) {
        unskip(body);
        laidOut.add(body);
      }
      // Lays them out now, in this task, rather than all at once in the next frame's.
      target.getBoundingClientRect();
      yield;
      if (!stillWanted()) return;
    }
    const top = target.getBoundingClientRect().top;
    window.scrollBy({ top: top - Math.sign(top) * screen, behavior: "instant" });
  }
  target.scrollIntoView?.({ block: "start", behavior: "smooth" });
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
  /**
   * Section bodies not skipped by the browser: near the viewport when skipping began, or
   * laid out for a move. `skipFar` takes back those far from the viewport at each move.
   */
  const laidOut = useRef(new Set<HTMLElement>());
  // Lets the browser skip bodies far from the viewport, once a frame with all of them laid
  // out has been shown (see utils/offscreen.ts): they keep their real heights.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just ahead of the next frame; the task after it comes once it is rendered.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        for (const body of document.querySelectorAll<HTMLElement>(BODY)) laidOut.current.add(body);
        skipFar(laidOut.current);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  /** Drops the steps of a smooth move still to come. */
  const cancelSteps = useRef<() => void>(() => {});
  /** The history entry of the last smooth move, while it is still to be pushed. */
  const pendingEntry = useRef<Iterator<void>>([].values());
  useEffect(() => () => cancelSteps.current(), []);
  const known = useRef(new Set(sectionIds));
  const headed = useRef(new Set(headedIds));
  useEffect(() => {
    known.current = new Set(sectionIds);
    headed.current = new Set(headedIds);
  }, [sectionIds, headedIds]);

  /**
   * The target of a move, once the last move is over: its steps still to come dropped,
   * its laid-out bodies handed back to the browser. Null for an unknown section.
   */
  const begin = useCallback((id: string): HTMLElement | null => {
    if (!known.current.has(id)) return null;
    const target = document.getElementById(id);
    if (!target) return null;
    cancelSteps.current();
    moves.current += 1;
    pinned.current = true;
    return target;
  }, []);

  /** The section chosen: marked in the outline, its heading focused without a scroll. */
  const mark = useCallback(
    (id: string, target: HTMLElement) => {
      store.update({ currentSection: headed.current.has(id) ? id : null });
      target.focus({ preventScroll: true });
    },
    [store],
  );

  /** Moves in an instant: Back/Forward, a hash on arrival, reduced motion. */
  const show = useCallback(
    (id: string): HTMLElement | null => {
      const target = begin(id);
      if (!target) return null;
      skipFar(laidOut.current);
      // Everything the jump shows laid out first, or it would be blank for a frame.
      for (const body of bodiesAround(target)) {
        unskip(body);
        laidOut.current.add(body);
      }
      target.scrollIntoView?.({ block: "start", behavior: "instant" });
      mark(id, target);
      return target;
    },
    [begin, mark],
  );

  const goToSection = useCallback(
    (id: string) => {
      // A choice made before the last one's entry was pushed: push that entry first, so
      // that every choice is still an entry of its own, in order.
      runNow(pendingEntry.current);
      const scrollY = window.scrollY;
      // An instant move where motion is unwanted, and on an article so long (thousands of
      // sections) that each frame of a glide takes ~200 ms: there the glide was a stutter
      // of several seconds, the jump is one frame.
      if (prefersReducedMotion() || known.current.size > GLIDE_MAX_SECTIONS) {
        if (show(id)) runNow(pushEntry(id, scrollY));
        return;
      }
      const target = begin(id);
      if (!target) return;
      const move = moves.current;
      const stillWanted = () => target.isConnected && pinned.current && moves.current === move;
      const bodies = laidOut.current;
      const entry = pushEntry(id, scrollY);
      pendingEntry.current = entry;
      // Each step in a task of its own (see runInTasks): the entry and focus first, so
      // that the reader and a screen reader hear of the choice at once, then the move,
      // then history.
      function* steps(): Generator<void> {
        mark(id, target!);
        yield;
        yield* approach(target!, bodies, stillWanted);
        yield;
        while (!entry.next().done) yield;
      }
      cancelSteps.current = runInTasks(steps());
    },
    [begin, mark, show],
  );

  // Arrival with a hash, and Back/Forward between sections.
  useEffect(() => {
    const page = window.location.pathname + window.location.search;
    const fromUrl = () => {
      // Back to another page is the app shell's business, not this page's.
      if (window.location.pathname + window.location.search !== page) return;
      const id = hashTarget(window.location.hash);
      if (id && known.current.has(id)) {
        show(id);
        return;
      }
      if (id) return; // An unknown hash: leave the page where it is.
      cancelSteps.current();
      moves.current += 1;
      pinned.current = false;
      window.scrollTo({ top: savedScroll(window.history.state) ?? 0, behavior: "instant" });
    };

    const arrival = hashTarget(window.location.hash);
    const target = arrival ? show(arrival) : null;
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
    releaseRef.current = () => {
      moves.current += 1;
      userScrolls();
    };
    collect();
    if (!pinned.current) update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    const stopListening = onReaderScroll(userScrolls);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      stopListening();
    };
  }, [store, headedIds]);

  return { goToSection, release };
}
