import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import type { ErrorLog } from '../ipc/dispatcher';
import { APP_SCHEME } from '../security/app-origin';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { isAppUrl } from '../security/navigation-policy';
import { mimeTypeOf, resolveRendererFile } from '../security/renderer-files';

/**
 * Declares app: a standard, secure scheme so the renderer gets a real origin, counts as a secure
 * context and can fetch its own assets. Electron only accepts this before the app is ready. With
 * the code cache, a start reads the renderer's compiled code instead of compiling it again.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves app://workbench/ from the renderer build and nothing else. Every response, errors included,
 * carries the CSP (the renderer never needs to connect anywhere, not even to us) and nosniff, so a
 * file is only ever interpreted as the type we name.
 */
export function serveRendererFiles(rendererDir: string, log: ErrorLog): void {
  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy({ allowConnectToSelf: false }),
    'X-Content-Type-Options': 'nosniff',
  };
  const refuse = (status: 404 | 405) =>
    new Response(null, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain' } });

  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return refuse(405);
    // Chromium only routes app: requests here, but the host is ours to check: app://other/ is not the app.
    if (!isAppUrl(request.url)) return refuse(404);
    const file = resolveRendererFile(rendererDir, new URL(request.url).pathname);
    if (file === null) return refuse(404);
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': mimeTypeOf(file) } });
    } catch (error) {
      // A missing file is an ordinary 404; anything else (permissions, I/O) is worth a line in the log.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not serve ${request.url}`, error);
      return refuse(404);
    }
  });
}
