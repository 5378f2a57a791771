/**
 * Scroll spy: which section is being read. The current section is the last one whose
 * heading has passed the reading line; at the very bottom of the page, the last heading in
 * view. A section reached by a click or by history stays current ("pinned") until the user
 * scrolls by themselves — otherwise a short last section could never be marked, since its
 * heading cannot reach the reading line.
 */
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { ReaderStore } from "./reader-store";
import { onReaderScroll } from "../utils/reader-scroll";

/** Where, as a share of the viewport's height, a heading starts to count as being read. */
const READING_LINE = 0.3;

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

/**
 * Keeps `currentSection` in the store on the section being read, unless `pinned`. Returns
 * `release`: another kind of move (to a mention) scrolled the page, so the spy follows.
 */
export function useScrollSpy({
  headedIds,
  store,
  pinnedRef,
  movesRef,
}: {
  headedIds: readonly string[];
  store: ReaderStore;
  /** Set by a move to a section; the reader's own scrolling clears it. */
  pinnedRef: RefObject<boolean>;
  /** Bumped by `release`, so that the steps of a move still to come are dropped. */
  movesRef: RefObject<number>;
}): () => void {
  const releaseRef = useRef<() => void>(() => {});
  const release = useCallback(() => releaseRef.current(), []);

  // Scroll spy, at most once per frame.
  useEffect(() => {
    const headed = new Set(headedIds);
    let frame = 0;
    let headings: HTMLElement[] = [];
    const collect = () => {
      headings = [...headed]
        .map((id) => document.getElementById(id))
        .filter((el): el is HTMLElement => el !== null);
    };
    const update = () => {
      frame = 0;
      if (pinnedRef.current) return;
      if (headings.length !== headed.size || headings.some((h) => !h.isConnected)) collect();
      const current = sectionInView(headings);
      if (current !== store.get().currentSection) store.update({ currentSection: current });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const userScrolls = () => {
      if (!pinnedRef.current) return;
      pinnedRef.current = false;
      schedule();
    };
    releaseRef.current = () => {
      movesRef.current += 1;
      userScrolls();
    };
    collect();
    if (!pinnedRef.current) update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    const stopListening = onReaderScroll(userScrolls);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      stopListening();
    };
  }, [store, headedIds, pinnedRef, movesRef]);

  return release;
}
