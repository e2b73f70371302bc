/**
 * The window's own settings (which tab shows, which article was open), kept in the page's storage:
 * they belong to this user's window, not to the project file others may get.
 */

/** Where a choice is remembered: per machine, or per window (kept across reloads of that window). */
export type StorageScope = 'machine' | 'session';

function storage(scope: StorageScope): Storage {
  return scope === 'machine' ? window.localStorage : window.sessionStorage;
}

/** The stored value, or null when there is none or the browser refuses storage. */
export function readStored(key: string, scope: StorageScope = 'machine'): string | null {
  try {
    return storage(scope).getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string, scope: StorageScope = 'machine'): void {
  try {
    storage(scope).setItem(key, value);
  } catch {
    // Storage can be unavailable (private profiles, a full quota); the defaults then apply on the next start.
  }
}
