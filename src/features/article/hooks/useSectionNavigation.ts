/**
 * Moving between sections, and knowing which one is being read, in four parts:
 *
 * - useSectionMoves: `goToSection(id)`'s move, a glide or a jump; the section marked and
 *   its heading focused without a second scroll.
 * - useOffscreenSections: the section bodies a move shows, laid out before it, while the
 *   browser skips those far from the viewport.
 * - useSectionHistory: `#id` pushed as a new history entry for each choice; Back/Forward
 *   and a hash on arrival.
 * - useScrollSpy: the section being read, marked in the outline.
 *
 * They share two refs: `pinnedRef` (the section of the last move stays current until the
 * reader scrolls by themselves) and `movesRef` (bumped by every move, so a late step — of a
 * glide, or a font-load correction — applies only to the move it follows).
 */
import { useRef } from "react";
import type { ReaderStore } from "./reader-store";
import { useOffscreenSections } from "./useOffscreenSections";
import { useScrollSpy } from "./useScrollSpy";
import { useSectionHistory } from "./useSectionHistory";
import { useSectionMoves } from "./useSectionMoves";

export { hashTarget } from "./useSectionHistory";

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
  const pinnedRef = useRef(false);
  const movesRef = useRef(0);
  // Called in this order, their effects run in it: an arrival's jump pins its section
  // before the scroll spy first looks.
  const offscreen = useOffscreenSections();
  const sectionMoves = useSectionMoves({
    sectionIds,
    headedIds,
    store,
    offscreen,
    pinnedRef,
    movesRef,
  });
  const goToSection = useSectionHistory(sectionMoves);
  const release = useScrollSpy({ headedIds, store, pinnedRef, movesRef });
  return { goToSection, release };
}
