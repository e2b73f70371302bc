/**
 * The window's own settings (which tab shows, which article was open), kept in the page's
 * localStorage: they belong to this user's window, not to the project file others may get.
 */

/** The stored value, or null when there is none or the browser refuses storage. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (private profiles, a full quota); the defaults then apply on the next start.
  }
}
