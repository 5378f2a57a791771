/**
 * The text in the box, kept in sessionStorage so that a reload (or Back from a read-also
 * link) does not lose it; it never goes into a URL. Per tab, gone when the tab closes.
 *
 * SSR-safe: the server snapshot is "", and storage is read only in the browser, after
 * hydration (useSyncExternalStore switches to the client snapshot then). Writes are
 * debounced: serialising a megabyte on every keystroke would cost more than typing.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

export const STORED_TEXT_KEY = "read-own:text";
const WRITE_DELAY_MS = 300;

class StoredText {
  private value: string | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

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
    for (const listener of this.listeners) listener();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, WRITE_DELAY_MS);
  }

  flush = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.value !== null) write(this.value);
  };
}

function read(): string {
  try {
    return sessionStorage.getItem(STORED_TEXT_KEY) ?? "";
  } catch {
    // Storage refused (privacy settings, sandboxed frame): start empty.
    return "";
  }
}

function write(value: string): void {
  try {
    if (value === "") sessionStorage.removeItem(STORED_TEXT_KEY);
    else sessionStorage.setItem(STORED_TEXT_KEY, value);
  } catch {
    // Over quota (several MB) or refused: the text stays on the page, just not across a reload.
  }
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
