/**
 * The reader's progress in this browser's localStorage (no server, no account, no cookie), and
 * a hook that renders it. The server and the first client render see no progress (`null`), so
 * hydration matches the static HTML; progress appears right after.
 */
import {useSyncExternalStore} from 'react';
import {EMPTY, parseStored, type Progress} from './record';

export const STORAGE_KEY = 'llm-algo-data-course:progress';

const listeners = new Set<() => void>();
let cached: {text: string | null; progress: Progress} | undefined;

function readText(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off; the site then simply remembers nothing.
    return null;
  }
}

/** The stored progress; the same object until the stored text changes. */
export function getProgress(): Progress {
  const text = readText();
  if (cached?.text !== text) cached = {text, progress: parseStored(text)};
  return cached.progress;
}

function notify() {
  for (const listener of listeners) listener();
}

/** Applies `change` to the stored progress (all tabs see it). */
export function updateProgress(change: (p: Progress) => Progress): void {
  const before = getProgress();
  const after = change(before);
  if (after === before) return;
  try {
    if (after.last || Object.keys(after.read).length) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(after));
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    return;
  }
  notify();
}

export function clearProgress(): void {
  updateProgress(() => EMPTY);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed it.
  const onStorage = (e: StorageEvent) => e.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reader's progress, or null on the server and during hydration. */
export function useProgress(): Progress | null {
  return useSyncExternalStore(subscribe, getProgress, () => null);
}
