/**
 * The reader's fast-changing state (which mention shows its card, which mention has focus,
 * which section is being read) lives outside React state, so that a change re-renders only
 * what shows it: the outline listens to the current section alone, and a mention listens
 * only to changes that concern its own key. On a long article (700 mentions, 200 sections)
 * a scroll-spy update then costs one outline item, not 700 mention checks.
 *
 * The server snapshot is the initial state, so prerendered HTML and the first client
 * render agree.
 */
import { useCallback, useSyncExternalStore } from "react";

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

type Field = keyof ReaderSnapshot;
type Listener = () => void;

const INITIAL: ReaderSnapshot = { card: null, focusedKey: null, currentSection: null };
const FIELDS: readonly Field[] = ["card", "focusedKey", "currentSection"];

export interface ReaderStore {
  get(): ReaderSnapshot;
  update(change: Partial<ReaderSnapshot>): void;
  /** Called when `field` changes. */
  subscribe(field: Field, listener: Listener): () => void;
  /** Called when the card or the focus moves to or away from mention `key`. */
  subscribeMention(key: string, listener: Listener): () => void;
}

export function createReaderStore(): ReaderStore {
  let snapshot = INITIAL;
  const byField = new Map<Field, Set<Listener>>(FIELDS.map((f) => [f, new Set<Listener>()]));
  const byMention = new Map<string, Set<Listener>>();

  const add = <K>(map: Map<K, Set<Listener>>, key: K, listener: Listener) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  return {
    get: () => snapshot,
    update(change) {
      const before = snapshot;
      snapshot = { ...snapshot, ...change };
      const touched = new Set<Listener>();
      for (const field of FIELDS) {
        if (before[field] === snapshot[field]) continue;
        for (const listener of byField.get(field) ?? []) touched.add(listener);
      }
      const keys = [before.card?.key, snapshot.card?.key, before.focusedKey, snapshot.focusedKey];
      if (before.card !== snapshot.card || before.focusedKey !== snapshot.focusedKey) {
        for (const key of keys) {
          if (key) for (const listener of byMention.get(key) ?? []) touched.add(listener);
        }
      }
      for (const listener of touched) listener();
    },
    subscribe: (field, listener) => add(byField, field, listener),
    subscribeMention: (key, listener) => add(byMention, key, listener),
  };
}

/** A value derived from one field; `select` must return a primitive or a stable object. */
export function useReaderField<F extends Field, T>(
  store: ReaderStore,
  field: F,
  select: (value: ReaderSnapshot[F]) => T,
): T {
  const subscribe = useCallback(
    (listener: Listener) => store.subscribe(field, listener),
    [store, field],
  );
  return useSyncExternalStore(
    subscribe,
    () => select(store.get()[field]),
    () => select(INITIAL[field]),
  );
}

export interface MentionState {
  /** The card is open for this mention. */
  hasCard: boolean;
  /** This mention was the last one to have focus. */
  focusedLast: boolean;
}

const MENTION_STATES: Record<string, MentionState> = {
  "00": { hasCard: false, focusedLast: false },
  "10": { hasCard: true, focusedLast: false },
  "01": { hasCard: false, focusedLast: true },
  "11": { hasCard: true, focusedLast: true },
};

/** What the store says about one mention, re-rendering only when that changes. */
export function useMentionState(store: ReaderStore, key: string): MentionState {
  const subscribe = useCallback(
    (listener: Listener) => store.subscribeMention(key, listener),
    [store, key],
  );
  const code = useSyncExternalStore(
    subscribe,
    () => {
      const s = store.get();
      return `${s.card?.key === key ? 1 : 0}${s.focusedKey === key ? 1 : 0}`;
    },
    () => "00",
  );
  return MENTION_STATES[code] ?? MENTION_STATES["00"]!;
}
