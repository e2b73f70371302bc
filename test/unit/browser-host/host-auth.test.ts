import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  mayCall,
  mayLoadApp,
  newLaunchSecrets,
  presentsStartSession,
  sessionCookie,
  startUrl,
} from '../../../main/browser-host/host-auth';

// The browser host's equivalent of Electron's IPC sender check.

const ORIGIN = 'http://127.0.0.1:4711';
const secrets = newLaunchSecrets();
const cookie = `workbench_session_4711=${secrets.session}`;

function request(headers: Record<string, string>): IncomingMessage {
  return { headers: { host: '127.0.0.1:4711', ...headers } } as unknown as IncomingMessage;
}

describe('calls', () => {
  it('are allowed with the token in its header from our own origin', () => {
    expect(mayCall(request({ 'x-workbench-token': secrets.token }), ORIGIN, secrets)).toBe(true);
    const fromPage = { 'x-workbench-token': secrets.token, origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
    expect(mayCall(request(fromPage), ORIGIN, secrets)).toBe(true);
  });

  it('are refused with only the session cookie, which every local port receives', () => {
    expect(mayCall(request({ cookie }), ORIGIN, secrets)).toBe(false);
    expect(mayCall(request({ cookie, origin: ORIGIN, 'sec-fetch-site': 'same-origin' }), ORIGIN, secrets)).toBe(false);
  });

  it('are refused with the session in the token header, or a wrong or truncated token', () => {
    for (const token of [secrets.session, `${secrets.token}x`, secrets.token.slice(1), '']) {
      expect(mayCall(request({ 'x-workbench-token': token }), ORIGIN, secrets)).toBe(false);
    }
  });

  it('are refused from another origin, another site or another port even with the token', () => {
    const token = { 'x-workbench-token': secrets.token };
    expect(mayCall(request({ ...token, origin: 'http://127.0.0.1:8080' }), ORIGIN, secrets)).toBe(false);
    expect(mayCall(request({ ...token, 'sec-fetch-site': 'same-site' }), ORIGIN, secrets)).toBe(false);
    expect(mayCall(request({ ...token, 'sec-fetch-site': 'cross-site' }), ORIGIN, secrets)).toBe(false);
    // DNS rebinding: a name that resolves to 127.0.0.1 is still not our Host.
    expect(mayCall(request({ ...token, host: 'evil.example:4711' }), ORIGIN, secrets)).toBe(false);
  });
});

describe("the app's own files", () => {
  it('load with the session cookie or the token, from our origin only', () => {
    expect(mayLoadApp(request({ cookie }), ORIGIN, secrets)).toBe(true);
    expect(mayLoadApp(request({ 'x-workbench-token': secrets.token }), ORIGIN, secrets)).toBe(true);
    expect(mayLoadApp(request({}), ORIGIN, secrets)).toBe(false);
    expect(mayLoadApp(request({ cookie, 'sec-fetch-site': 'same-site' }), ORIGIN, secrets)).toBe(false);
    expect(mayLoadApp(request({ cookie: `workbench_session_4712=${secrets.session}` }), ORIGIN, secrets)).toBe(false);
  });
});

describe('the start address', () => {
  it('carries the token only in its fragment, which browsers never send to a server', () => {
    const url = new URL(startUrl(ORIGIN, secrets));
    expect(url.hash).toBe(`#token=${secrets.token}`);
    expect(url.search).not.toContain(secrets.token);
    expect(presentsStartSession(url, secrets)).toBe(true);
    expect(presentsStartSession(new URL(`${ORIGIN}/?session=${secrets.token}`), secrets)).toBe(false);
  });

  it('sets a session cookie scripts cannot read and other sites do not send', () => {
    expect(sessionCookie(ORIGIN, secrets)).toBe(
      `workbench_session_4711=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('has new secrets on every launch', () => {
    const next = newLaunchSecrets();
    expect(next.token).not.toBe(secrets.token);
    expect(next.session).not.toBe(secrets.session);
    expect(next.token).not.toBe(next.session);
    expect(secrets.token.length).toBeGreaterThanOrEqual(43);
  });
});
