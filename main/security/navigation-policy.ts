import { APP_HOST, APP_SCHEME } from './app-origin';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a navigation stays inside the app. Compared field by field rather than by `origin`,
 * because Node reports the origin of a non-special scheme such as app: as "null".
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * The URL to hand to the system browser, or null. Only web links the user just clicked leave the
 * app: anything else (file:, custom handlers, script-initiated opens) could launch local programs.
 * Credentials in the URL are refused because they are a classic way to disguise the real host.
 */
export function externalUrlToOpen(url: string, userActivated: boolean): string | null {
  if (!userActivated) return null;
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Electron's window-open handler does not say whether a user gesture caused it, so main keeps its
 * own record of real input. A click reaches the handler within milliseconds; a second is ample
 * for a busy main process while refusing opens scheduled by scripts long after any click.
 */
export const USER_ACTIVATION_LIFETIME_MS = 1_000;

/** Input that counts as the user acting: pressing a button or key, or tapping. Moves and scrolls do not. */
const ACTIVATING_INPUT: ReadonlySet<string> = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap']);

export function isActivatingInput(inputType: string): boolean {
  return ACTIVATING_INPUT.has(inputType);
}

export function isUserActivationFresh(activatedAt: number | undefined, now: number): boolean {
  return activatedAt !== undefined && now >= activatedAt && now - activatedAt <= USER_ACTIVATION_LIFETIME_MS;
}
