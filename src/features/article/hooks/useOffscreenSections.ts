/**
 * Section bodies laid out before a move shows them. The browser skips the bodies far from
 * the viewport (`content-visibility: auto`, see utils/offscreen.ts); one still skipped when
 * a move reaches it would blink out for a frame, or be laid out during the scroll's frames.
 */
import { useEffect, useState } from "react";
import { BODY, isSkippable, skipFar, unskip } from "../utils/offscreen";

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
 * The section bodies around `target` that a move to it shows: within SHOWN_ABOVE_SCREENS
 * above it (nearest first: they decide where the heading lands) and SHOWN_BELOW_SCREENS
 * below. Heights (remembered or estimated for skipped bodies) are all read before anything
 * changes: one layout.
 */
function bodiesAround(target: HTMLElement): HTMLElement[] {
  const screen = window.innerHeight;
  const section = target.closest("section") ?? target;
  const bodies: HTMLElement[] = [];
  const collect = (
    from: Element | null,
    next: (box: Element) => Element | null,
    screens: number,
  ) => {
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

export interface OffscreenSections {
  /** Every body on the page counts as laid out; those far from the viewport go to the browser. */
  startSkipping: () => void;
  /** Bodies laid out for the last move, and now far away, go back to the browser. */
  handBack: () => void;
  /** Lays out, at once, the bodies a jump to `target` shows. */
  layOutAround: (target: HTMLElement) => void;
  /**
   * Lays out the skipped bodies a glide to `target` shows, a few per task (see
   * utils/tasks.ts), while `stillWanted`. Returns whether the move is still wanted then.
   */
  layOutAhead: (target: HTMLElement, stillWanted: () => boolean) => Generator<void, boolean>;
}

function offscreenSections(): OffscreenSections {
  /**
   * Section bodies not skipped by the browser: near the viewport when skipping began, or
   * laid out for a move. `skipFar` takes back those far from the viewport at each move.
   */
  const laidOut = new Set<HTMLElement>();
  return {
    startSkipping() {
      for (const body of document.querySelectorAll<HTMLElement>(BODY)) laidOut.add(body);
      skipFar(laidOut);
    },
    handBack() {
      skipFar(laidOut);
    },
    layOutAround(target) {
      for (const body of bodiesAround(target)) {
        unskip(body);
        laidOut.add(body);
      }
    },
    *layOutAhead(target, stillWanted) {
      const skipped = bodiesAround(target).filter(isSkippable);
      // Reading the boxes above may have cost a style and layout pass: the first body waits.
      yield;
      if (!stillWanted()) return false;
      for (const batch of inBatches(skipped)) {
        for (const body of batch) {
          unskip(body);
          laidOut.add(body);
        }
        // Lays them out now, in this task, rather than all at once in the next frame's.
        target.getBoundingClientRect();
        yield;
        if (!stillWanted()) return false;
      }
      return true;
    },
  };
}

export function useOffscreenSections(): OffscreenSections {
  const [sections] = useState(offscreenSections);
  // Lets the browser skip bodies far from the viewport, once a frame with all of them laid
  // out has been shown (see utils/offscreen.ts): they keep their real heights.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just ahead of the next frame; the task after it comes once it is rendered.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => sections.startSkipping());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [sections]);
  return sections;
}
