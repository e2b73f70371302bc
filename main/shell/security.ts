import { app, session, shell, type Session, type WebContents } from 'electron';
import type { ErrorLog } from '../ipc/dispatcher';
import { externalUrlToOpen, isActivatingInput, isAppUrl, isUserActivationFresh } from '../security/navigation-policy';

/** Electron grants every permission (camera, notifications, clipboard read, …) unless told otherwise. */
function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/**
 * Keeps a web contents on the app origin: navigations elsewhere are cancelled, new windows never
 * open, <webview> never attaches. A web link the user clicks opens in the system browser instead.
 */
function confineWebContents(contents: WebContents, log: ErrorLog): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());

  let activatedAt: number | undefined;
  contents.on('input-event', (_event, input) => {
    if (isActivatingInput(input.type)) activatedAt = Date.now();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url, isUserActivationFresh(activatedAt, Date.now()));
    if (external !== null) {
      shell.openExternal(external).catch((error: unknown) => log(`Could not open ${external} in the browser`, error));
    }
    return { action: 'deny' };
  });
}

/**
 * Installs the navigation and permission rules. Call once the app is ready (sessions exist only then)
 * and before the first window, so no web contents ever runs without them.
 */
export function installSecurityPolicy(log: ErrorLog): void {
  const hardened = new WeakSet<Session>();
  const harden = (target: Session) => {
    if (hardened.has(target)) return;
    hardened.add(target);
    denyAllPermissions(target);
  };
  harden(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    harden(contents.session);
    confineWebContents(contents, log);
  });
}
