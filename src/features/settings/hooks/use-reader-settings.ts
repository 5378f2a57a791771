import { useCallback, useEffect, useSyncExternalStore } from "react";
import {
  applySettings,
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_STORAGE_KEY,
  type ReaderSettings,
} from "../settings";

/*
 * Settings live in localStorage, read through useSyncExternalStore: the server snapshot
 * (and the first client render while hydrating) is DEFAULT_SETTINGS, so a prerendered
 * page hydrates without a mismatch, then React re-renders with the stored value.
 * The page itself never waits for React: public/settings-boot.js has already set the
 * <html> attributes before the first paint.
 */

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedSettings: ReaderSettings = DEFAULT_SETTINGS;

function readStored(): string | null {
  try {
    return window.localStorage.getItem(SETTINGS_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe)
  }
}

function getSnapshot(): ReaderSettings {
  const raw = readStored();
  // Same string, same object: useSyncExternalStore needs a stable snapshot.
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSettings = parseSettings(raw);
  }
  return cachedSettings;
}

function getServerSnapshot(): ReaderSettings {
  return DEFAULT_SETTINGS;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed them.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SETTINGS_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function save(settings: ReaderSettings): void {
  try {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Without storage the choice still applies to this page; it just is not remembered.
    cachedRaw = JSON.stringify(settings);
    cachedSettings = settings;
  }
  applySettings(settings, document.documentElement);
  for (const listener of listeners) listener();
}

export function useReaderSettings() {
  const settings = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  // Keeps <html> in step when another tab changes them, or if the boot script was blocked.
  useEffect(() => {
    applySettings(settings, document.documentElement);
  }, [settings]);

  const update = useCallback((change: Partial<ReaderSettings>) => {
    save({ ...getSnapshot(), ...change });
  }, []);

  return { settings, update };
}
