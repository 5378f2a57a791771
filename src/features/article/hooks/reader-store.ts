/**
 * The reader's fast-changing state (which mention shows its card, which mention has focus,
 * which section is being read) lives outside React state, so hovering one name re-renders
 * that name and the card, and scrolling re-renders the outline, not every mention of a long
 * article. Components subscribe with a selector through
 * `useSyncExternalStore`; the server snapshot is the initial state, so prerendered HTML
 * and the first client render agree.
 */
import { useSyncExternalStore } from "react";

export type CardOpenedBy = "hover" | "focus" | "pin";

export interface CardState {
  /** The mention the card belongs to (see `mentionKey`). */
  key: string;
  openedBy: CardOpenedBy;
  /** Move focus into the card once it is shown (keyboard activation of a mention). */
  focusInside: boolean;
}

export interface ReaderSnapshot {
  card: CardState | null;
  /** The mention that last received focus, whatever moved it there. */
  focusedKey: string | null;
  /** The section the outline marks as being read (scroll spy, or the last one chosen). */
  currentSection: string | null;
}

const INITIAL: ReaderSnapshot = { card: null, focusedKey: null, currentSection: null };

export interface ReaderStore {
  get(): ReaderSnapshot;
  update(change: Partial<ReaderSnapshot>): void;
  subscribe(listener: () => void): () => void;
}

export function createReaderStore(): ReaderStore {
  let snapshot = INITIAL;
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    update(change) {
      snapshot = { ...snapshot, ...change };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useReaderSnapshot<T>(store: ReaderStore, select: (s: ReaderSnapshot) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(INITIAL),
  );
}
