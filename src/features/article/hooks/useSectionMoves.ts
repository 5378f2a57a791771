/**
 * Moving the page to a section: a jump (instant) or a glide (smooth, in a few short tasks
 * after the click, a long one starting one screen short of its target; see `glide`). Either
 * way the section is marked in the outline and its heading focused without a second scroll.
 */
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { ReaderStore } from "./reader-store";
import type { OffscreenSections } from "./useOffscreenSections";
import { prefersReducedMotion } from "../utils/motion";
import { runInTasks, runNow } from "../utils/tasks";

/** Articles with more sections than this move through the outline without a glide. */
const GLIDE_MAX_SECTIONS = 1_000;

/** Farther than this many screens, a smooth move starts one screen short of its target. */
const JUMP_FROM_SCREENS = 1.5;

/**
 * The steps of a smooth move through the outline, one per task (see utils/tasks.ts).
 *
 * A long smooth move would lay out and paint every section it passes: on a 50,000-word
 * article, frames of 100–300 ms. Instead the page moves at once to one screen short of the
 * target, and the smooth scroll does the last screen, so the reader still sees the text
 * glide in and come to rest. Section bodies far from the viewport are skipped by the
 * browser (utils/offscreen.ts); those around the target are laid out first, a few per
 * task, so that no frame of the move has to, none blinks out, and the target's place is
 * computed from real heights. `offscreen` keeps them, to hand back to the browser later.
 */
function* glide(
  target: HTMLElement,
  offscreen: OffscreenSections,
  stillWanted: () => boolean,
): Generator<void> {
  // Bodies laid out for the last move, and now far away, go back to the browser.
  offscreen.handBack();
  const screen = window.innerHeight;
  if (Math.abs(target.getBoundingClientRect().top) > JUMP_FROM_SCREENS * screen) {
    if (!(yield* offscreen.layOutAhead(target, stillWanted))) return;
    const top = target.getBoundingClientRect().top;
    window.scrollBy({ top: top - Math.sign(top) * screen, behavior: "instant" });
  }
  target.scrollIntoView?.({ block: "start", behavior: "smooth" });
}

export interface SectionMoves {
  /** Moves in an instant: Back/Forward, a hash on arrival, reduced motion. Null for an unknown section. */
  jumpTo: (id: string) => HTMLElement | null;
  /**
   * A move chosen by the reader: a glide, or a jump where a glide is unwanted; then the
   * steps of `then` (its history entry), in the same task after a jump, a task apart after
   * a glide. False, and nothing done, for an unknown section.
   */
  moveTo: (id: string, then: Iterator<void>) => boolean;
  /** Back to a place on the page rather than a section: the scroll spy follows again. */
  returnTo: (top: number) => void;
  /** A check that stays true until the next move, or until the reader scrolls by themselves. */
  untilNextMove: () => () => boolean;
}

export function useSectionMoves({
  sectionIds,
  headedIds,
  store,
  offscreen,
  pinnedRef,
  movesRef,
}: {
  sectionIds: readonly string[];
  headedIds: readonly string[];
  store: ReaderStore;
  offscreen: OffscreenSections;
  /** Set by every move to a section, cleared when the reader scrolls by themselves. */
  pinnedRef: RefObject<boolean>;
  /** Bumped by every move. */
  movesRef: RefObject<number>;
}): SectionMoves {
  /** Drops the steps of a smooth move still to come. */
  const cancelSteps = useRef<() => void>(() => {});
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
  const begin = useCallback(
    (id: string): HTMLElement | null => {
      if (!known.current.has(id)) return null;
      const target = document.getElementById(id);
      if (!target) return null;
      cancelSteps.current();
      movesRef.current += 1;
      pinnedRef.current = true;
      return target;
    },
    [pinnedRef, movesRef],
  );

  /** The section chosen: marked in the outline, its heading focused without a scroll. */
  const mark = useCallback(
    (id: string, target: HTMLElement) => {
      store.update({ currentSection: headed.current.has(id) ? id : null });
      target.focus({ preventScroll: true });
    },
    [store],
  );

  const untilNextMove = useCallback(() => {
    const move = movesRef.current;
    return () => pinnedRef.current && movesRef.current === move;
  }, [pinnedRef, movesRef]);

  const jumpTo = useCallback(
    (id: string): HTMLElement | null => {
      const target = begin(id);
      if (!target) return null;
      offscreen.handBack();
      // Everything the jump shows laid out first, or it would be blank for a frame.
      offscreen.layOutAround(target);
      target.scrollIntoView?.({ block: "start", behavior: "instant" });
      mark(id, target);
      return target;
    },
    [begin, mark, offscreen],
  );

  const moveTo = useCallback(
    (id: string, then: Iterator<void>): boolean => {
      // An instant move where motion is unwanted, and on an article so long (thousands of
      // sections) that each frame of a glide takes ~200 ms: there the glide was a stutter
      // of several seconds, the jump is one frame.
      if (prefersReducedMotion() || known.current.size > GLIDE_MAX_SECTIONS) {
        if (!jumpTo(id)) return false;
        runNow(then);
        return true;
      }
      const target = begin(id);
      if (!target) return false;
      const current = untilNextMove();
      const stillWanted = () => target.isConnected && current();
      // Each step in a task of its own (see runInTasks): the entry and focus first, so
      // that the reader and a screen reader hear of the choice at once, then the move,
      // then history.
      function* steps(): Generator<void> {
        mark(id, target!);
        yield;
        yield* glide(target!, offscreen, stillWanted);
        yield;
        while (!then.next().done) yield;
      }
      cancelSteps.current = runInTasks(steps());
      return true;
    },
    [begin, mark, jumpTo, untilNextMove, offscreen],
  );

  const returnTo = useCallback(
    (top: number) => {
      cancelSteps.current();
      movesRef.current += 1;
      pinnedRef.current = false;
      window.scrollTo({ top, behavior: "instant" });
    },
    [pinnedRef, movesRef],
  );

  return { jumpTo, moveTo, returnTo, untilNextMove };
}
