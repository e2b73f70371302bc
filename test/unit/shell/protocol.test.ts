import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { protocol } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../main/security/content-security-policy';
import { registerAppSchemeAsPrivileged, serveRendererFiles } from '../../../main/shell/protocol';
import { useTempDir } from '../support/temp-dir';

vi.mock('electron', () => ({ protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() } }));

const tempDir = useTempDir();

/** A renderer build next to a file that must never be served. */
function serve(): (url: string, method?: string) => Promise<Response> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Workbench</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the page');
  serveRendererFiles(rendererDir, vi.fn());
  const [scheme, handler] = vi.mocked(protocol.handle).mock.calls.at(-1) ?? [];
  expect(scheme).toBe('app');
  return async (url, method = 'GET') => (await handler?.(new Request(url, { method }))) as Response;
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy({ allowConnectToSelf: false }));
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme that supports fetch and keeps compiled code', () => {
    registerAppSchemeAsPrivileged();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves renderer files with their type, the CSP and nosniff', async () => {
    const get = serve();
    const page = await get('app://workbench/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(page);
    expect(await page.text()).toContain('<title>Workbench</title>');

    const script = await get('app://workbench/assets/app.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await serve()('app://workbench/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Workbench');
  });

  it.each([
    'app://workbench/missing.js',
    'app://workbench/../secret.txt',
    'app://workbench/%2e%2e/secret.txt',
    'app://workbench/assets/..%2f..%2fsecret.txt',
    'app://workbench//secret.txt',
    'app://other/index.html',
  ])('answers 404 with the security headers for %s', async (url) => {
    const response = await serve()(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('answers 405 to anything but GET', async () => {
    const response = await serve()('app://workbench/index.html', 'POST');
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });
});
