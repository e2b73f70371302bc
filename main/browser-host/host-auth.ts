import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from './page/host-protocol';

/**
 * This launch's two secrets, both new each time the host starts. The token authorises calls and the
 * page's socket; the page holds it and sends it in a header (or, on the socket, as a subprotocol). The session (a cookie) only lets the
 * browser load the app's own files: browsers send cookies to every port of a host, so a cookie
 * must never be enough to read or change a project.
 */
export interface LaunchSecrets {
  readonly token: string;
  readonly session: string;
}

export function newLaunchSecrets(): LaunchSecrets {
  return { token: randomBytes(32).toString('base64url'), session: randomBytes(32).toString('base64url') };
}

export function sameSecret(presented: string, secret: string): boolean {
  const left = Buffer.from(presented);
  const right = Buffer.from(secret);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Named after the port, so two hosts in one browser do not overwrite each other's session. */
export function sessionCookieName(origin: string): string {
  return `workbench_session_${new URL(origin).port}`;
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * The address to open: the query carries the session (exchanged for the cookie, then redirected
 * away), the fragment the token. Fragments are never sent to a server nor in a Referer, and the
 * page strips it from the address bar as soon as it has read it.
 */
export function startUrl(origin: string, secrets: LaunchSecrets): string {
  return `${origin}/?session=${secrets.session}#token=${secrets.token}`;
}

/** The start URL's request, which sets the session cookie. */
export function presentsStartSession(url: URL, secrets: LaunchSecrets): boolean {
  const presented = url.searchParams.get('session');
  return presented !== null && sameSecret(presented, secrets.session);
}

export function sessionCookie(origin: string, secrets: LaunchSecrets): string {
  return `${sessionCookieName(origin)}=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * Whether a request may be ours at all: addressed to our own loopback origin (so DNS rebinding
 * cannot reach us) and, when the browser says where it comes from, sent by that origin.
 */
export function comesFromOwnOrigin(request: IncomingMessage, origin: string): boolean {
  if (request.headers.host !== new URL(origin).host) return false;
  const from = request.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** A call or a file for a picker: our origin and the token in its header, nothing less. */
export function mayCall(request: IncomingMessage, origin: string, secrets: LaunchSecrets): boolean {
  const presented = request.headers[TOKEN_HEADER];
  return comesFromOwnOrigin(request, origin) && typeof presented === 'string' && sameSecret(presented, secrets.token);
}

/** The app's own files (and downloads the page was told about): our origin with the session cookie or the token. */
export function mayLoadApp(request: IncomingMessage, origin: string, secrets: LaunchSecrets): boolean {
  if (mayCall(request, origin, secrets)) return true;
  const session = cookieValue(request, sessionCookieName(origin));
  return comesFromOwnOrigin(request, origin) && session !== undefined && sameSecret(session, secrets.session);
}
