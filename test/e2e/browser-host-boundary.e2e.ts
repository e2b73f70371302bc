import { expect, test } from './support/browser-host';

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
    // The page's event stream is already open: the renderer subscribed to its events on start.
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
