import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'workbench_session';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * The host's equivalent of Electron's sender check. A request is ours only if it is addressed to
 * our own loopback origin (so DNS rebinding cannot reach us), comes from that origin when the
 * browser says where it comes from, and carries the session token.
 */
export function isTrustedRequest(request: IncomingMessage, origin: string, token: string): boolean {
  const expectedHost = new URL(origin).host;
  if (request.headers.host !== expectedHost) return false;
  const from = request.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const presented = cookieValue(request, SESSION_COOKIE) ?? request.headers['x-workbench-token'];
  return typeof presented === 'string' && sameSecret(presented, token);
}

/** The one request allowed without the cookie: the start URL carrying the token, which sets it. */
export function tokenFromStartUrl(url: URL, token: string): boolean {
  const presented = url.searchParams.get('token');
  return presented !== null && sameSecret(presented, token);
}
