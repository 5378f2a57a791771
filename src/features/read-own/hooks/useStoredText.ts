/**
 * The text in the box, kept in sessionStorage so that a reload (or Back from a read-also
 * link) does not lose it; it never goes into a URL. Per tab, gone when the tab closes.
 *
 * SSR-safe: the server snapshot is "", and storage is read only in the browser, after
 * hydration (useSyncExternalStore switches to the client snapshot then). Writes are
 * debounced: serialising a megabyte on every keystroke would cost more than typing; and a
 * long text is written in parts, one per task.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

export const STORED_TEXT_KEY = "read-own:text";
const WRITE_DELAY_MS = 300;
/**
 * A longer text is stored in parts of this size, one written per task: one setItem of a
 * megabyte held the main thread ~40 ms (more on a busy machine), a part of 100,000
 * characters a few ms. `read-own:text:parts` says how many, and is written last, so a
 * half-written text is never read back as whole.
 */
const PART_CHARS = 100_000;
const PARTS_KEY = `${STORED_TEXT_KEY}:parts`;
const partKey = (index: number) => `${STORED_TEXT_KEY}:${index}`;

class StoredText {
  private value: string | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The value differs from what storage holds. */
  private dirty = false;
  /** Bumped by every change: a write in parts stops when the value it writes is no longer current. */
  private generation = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): string => {
    if (this.value === null) this.value = read();
    return this.value;
  };

  set(value: string): void {
    this.value = value;
    this.dirty = true;
    this.generation += 1;
    for (const listener of this.listeners) listener();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(this.writeInParts, WRITE_DELAY_MS);
  }

  /** Now, in one go (the page is going away): only if something is left to write. */
  flush = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.generation += 1;
    if (this.dirty && this.value !== null) write(this.value);
    this.dirty = false;
  };

  private writeInParts = (): void => {
    this.timer = null;
    const value = this.value;
    if (value === null) return;
    if (value.length <= PART_CHARS) {
      write(value);
      this.dirty = false;
      return;
    }
    const generation = this.generation;
    const count = Math.ceil(value.length / PART_CHARS);
    if (!attempt(() => forget())) return;
    const next = (index: number) => {
      if (generation !== this.generation) return;
      if (index === count) {
        attempt(() => sessionStorage.setItem(PARTS_KEY, String(count)));
        this.dirty = false;
        return;
      }
      if (
        !attempt(() =>
          sessionStorage.setItem(
            partKey(index),
            value.slice(index * PART_CHARS, (index + 1) * PART_CHARS),
          ),
        )
      ) {
        attempt(() => forget());
        return;
      }
      this.timer = setTimeout(() => next(index + 1), 0);
    };
    next(0);
  };
}

/** Runs a storage call; false when storage refused it (privacy settings, sandboxed frame, over quota). */
function attempt(call: () => void): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}

/** Removes the text, whole or in parts. */
function forget(): void {
  sessionStorage.removeItem(STORED_TEXT_KEY);
  sessionStorage.removeItem(PARTS_KEY);
  for (let index = 0; sessionStorage.getItem(partKey(index)) !== null; index++)
    sessionStorage.removeItem(partKey(index));
}

function read(): string {
  try {
    const whole = sessionStorage.getItem(STORED_TEXT_KEY);
    if (whole !== null) return whole;
    const count = Number(sessionStorage.getItem(PARTS_KEY) ?? 0);
    const parts: string[] = [];
    for (let index = 0; index < count; index++) {
      const part = sessionStorage.getItem(partKey(index));
      if (part === null) return "";
      parts.push(part);
    }
    return parts.join("");
  } catch {
    // Storage refused (privacy settings, sandboxed frame): start empty.
    return "";
  }
}

/** The whole text at once (a short one, or the page going away). */
function write(value: string): void {
  // Over quota (several MB) or refused: the text stays on the page, just not across a reload.
  attempt(() => {
    forget();
    if (value.length <= PART_CHARS) {
      if (value !== "") sessionStorage.setItem(STORED_TEXT_KEY, value);
      return;
    }
    const count = Math.ceil(value.length / PART_CHARS);
    for (let index = 0; index < count; index++) {
      sessionStorage.setItem(
        partKey(index),
        value.slice(index * PART_CHARS, (index + 1) * PART_CHARS),
      );
    }
    sessionStorage.setItem(PARTS_KEY, String(count));
  });
}

const serverSnapshot = (): string => "";

export function useStoredText(): [string, (value: string) => void] {
  const [store] = useState(() => new StoredText());
  const text = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  useEffect(() => {
    // A reload or a tab closing within the debounce would otherwise lose the last edit.
    window.addEventListener("pagehide", store.flush);
    return () => {
      window.removeEventListener("pagehide", store.flush);
      store.flush();
    };
  }, [store]);
  const setText = useCallback((value: string) => store.set(value), [store]);
  return [text, setText];
}
