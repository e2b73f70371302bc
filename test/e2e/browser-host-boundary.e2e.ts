import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, startHost, test, type RunningHost } from './support/browser-host';

// The browser host must guard the contract exactly as Electron's IPC does: same validation, and
// nothing reachable without the session token or from another origin.

test('requests without the session token are refused', async ({ host, request }) => {
  const call = await request.post(`${host.origin}/__host/call/project.current`, { data: {} });
  expect(call.status()).toBe(403);
  const page = await request.get(`${host.origin}/index.html`);
  expect(page.status()).toBe(403);
});

test('requests from another origin are refused even with the token', async ({ host, request }) => {
  const call = await request.post(`${host.origin}/__host/call/project.current`, {
    data: {},
    headers: { 'x-workbench-token': host.token, origin: 'http://evil.example' },
  });
  expect(call.status()).toBe(403);
});

test('invalid arguments get the same validation error as over IPC', async ({ host, request }) => {
  const headers = { 'x-workbench-token': host.token };
  const invalid = await request.post(`${host.origin}/__host/call/article.get`, { data: { arg: { id: 'x' } }, headers });
  expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  const unknown = await request.post(`${host.origin}/__host/call/shell.exec`, { data: { arg: 'rm -rf /' }, headers });
  expect(await unknown.json()).toEqual({ ok: false, error: { code: 'unknown-call', message: 'Unknown request.' } });
  const notJson = await request.post(`${host.origin}/__host/call/article.list`, { data: '{', headers });
  expect(notJson.status()).toBe(400);
});

test('the renderer is served with a strict content security policy and no path escapes', async ({ host, request }) => {
  const headers = { 'x-workbench-token': host.token };
  const index = await request.get(`${host.origin}/`, { headers });
  const csp = index.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  const escape = await request.get(`${host.origin}/%2e%2e/%2e%2e/package.json`, { headers });
  expect(escape.status()).toBe(404);
});

test('what a write changed reaches the page as one decoded store.changed event', async ({ app }) => {
  const received = await app.evaluate(async () => {
    type Transport = {
      invoke(call: string, arg: unknown): Promise<unknown>;
      on(event: string, listener: (payload: unknown) => void): () => void;
    };
    const transport = (window as unknown as { workbenchTransport: Transport }).workbenchTransport;
    const changed = new Promise<unknown>((resolve) => {
      const stop = transport.on('store.changed', (payload) => {
        stop();
        resolve(payload);
      });
    });
    // The page's socket is already open: the renderer subscribed to its events on start.
    await transport.invoke('article.create', { title: 'Köln 🇩🇪', text: 'Grüße aus Köln – „Zitat“.' });
    return changed;
  });
  expect(received).toMatchObject({ articles: { upserted: [{ title: 'Köln 🇩🇪' }], deleted: [] } });
});

test('the renderer has no Node or Electron powers', async ({ app }) => {
  const globals = await app.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});

// Browsers send a cookie to every port of a host, so the cookie alone must open nothing: every call
// carries the launch token in a header, which another origin can only send after a preflight the
// host refuses.

test('a request with only the session cookie is refused', async ({ app, host }) => {
  const cookies = await app.context().cookies(host.origin);
  expect(cookies.map((cookie) => cookie.name)).toContain(`workbench_session_${new URL(host.origin).port}`);
  // The browser context's own requests carry its cookies, as the page's would.
  const call = await app.context().request.post(`${host.origin}/__host/call/project.current`, { data: {} });
  expect(call.status()).toBe(403);
  const fromPage = await app.evaluate(async () => {
    const response = await fetch('/__host/call/project.current', { method: 'POST', body: '{}' });
    return response.status;
  });
  expect(fromPage).toBe(403);
  // The page's socket, cookie and all, but without the token: the handshake is refused.
  const socket = await app.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const attempt = new WebSocket(`ws://${location.host}/__host/socket`, ['workbench-v1', 'page.cookie-only']);
        attempt.onopen = () => resolve('open');
        attempt.onclose = () => resolve('refused');
      }),
  );
  expect(socket).toBe('refused');
});

test('a cross-origin preflight is refused without any CORS header', async ({ host, request }) => {
  const preflight = await request.fetch(`${host.origin}/__host/call/article.create`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:1',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,x-workbench-token',
    },
  });
  expect(preflight.status()).toBe(403);
  expect(Object.keys(preflight.headers()).filter((name) => name.startsWith('access-control-'))).toEqual([]);
});

/** A web server on another loopback port that records the Cookie header the browser sends it. */
async function otherLocalSite(): Promise<{ origin: string; cookies: string[]; close(): Promise<void> }> {
  const cookies: string[] = [];
  const server = createServer((request, response) => {
    cookies.push(request.headers.cookie ?? '');
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Another local site</title><p>Nothing to see.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    cookies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a site that has the user's cookie does with it from its own server: call the API directly. */
function replayWithCookie(host: RunningHost, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      `${host.origin}/__host/call/article.create`,
      { method: 'POST', headers: { cookie, 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify({ arg: { title: 'Replayed', text: 'Written with a stolen cookie.' } }));
  });
}

test('a page served from another local port cannot call article.create', async ({ host, browser, request }) => {
  const site = await otherLocalSite();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.startUrl);
    await expect(page.getByTestId('status-project')).not.toBeEmpty();
    await page.goto(site.origin);

    // The browser hands the other port the host's cookie...
    expect(site.cookies.join(';')).toContain('workbench_session');
    // ...but neither the page nor its server can do anything with it.
    const withHeader = await page.evaluate(async (target) => {
      const body = JSON.stringify({ arg: { title: 'Forged', text: 'Written from another port.' } });
      const url = `${target}/__host/call/article.create`;
      // A simple request is sent without a preflight, cookie included: only its effect tells.
      await fetch(url, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'content-type': 'text/plain' },
        body,
      }).catch(() => undefined);
      return fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-workbench-token': 'guessed' },
        body,
      }).then(
        (response) => `answered ${response.status}`,
        () => 'blocked by the refused preflight',
      );
    }, host.origin);
    expect(withHeader).toBe('blocked by the refused preflight');
    const stolen = site.cookies.find((cookie) => cookie.includes('workbench_session')) ?? '';
    expect(await replayWithCookie(host, stolen)).toBe(403);

    const list = await request.post(`${host.origin}/__host/call/article.list`, {
      data: {},
      headers: { 'x-workbench-token': host.token },
    });
    const titles = ((await list.json()) as { value: { title: string }[] }).value.map((article) => article.title);
    expect(titles).not.toContain('Forged');
    expect(titles).not.toContain('Replayed');
  } finally {
    await context.close();
    await site.close();
  }
});

test('the token is new on every launch, an old one is refused, and it leaves the address bar', async ({
  app,
  host,
  request,
}) => {
  expect(app.url()).toBe(`${host.origin}/`);
  const port = Number(new URL(host.origin).port);
  await host.stop();
  const relaunched = await startHost(host.dataDir, { port });
  try {
    expect(relaunched.token).not.toBe(host.token);
    expect(relaunched.startUrl).not.toBe(host.startUrl);
    const call = (token: string) =>
      request.post(`${relaunched.origin}/__host/call/project.current`, {
        data: {},
        headers: { 'x-workbench-token': token },
      });
    expect((await call(host.token)).status()).toBe(403);
    expect((await call(relaunched.token)).status()).toBe(200);
  } finally {
    await relaunched.stop();
  }
});
