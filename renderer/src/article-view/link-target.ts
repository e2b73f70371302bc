/**
 * Which link targets the workbench may hand to the system browser: only web addresses (http and
 * https), and none with a user name or password in them (a classic disguise for the real host).
 * Main applies the same rule again before it opens anything (main/security/navigation-policy.ts);
 * checking here too lets the UI say "cannot be opened" instead of silently doing nothing.
 */
export function openableUrl(href: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Opens a web link outside the app. In Electron the window-open handler turns this into
 * `shell.openExternal` (only right after a user gesture); the browser host has no such handler and
 * its browser simply blocks or opens the pop-up. `noopener` keeps the new page from reaching back here.
 * Returns false when the link is not a web address and nothing was attempted.
 */
export function openInBrowser(href: string): boolean {
  const url = openableUrl(href);
  if (url === null) return false;
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}
