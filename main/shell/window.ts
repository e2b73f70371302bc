import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import type { ErrorLog } from '../ipc/dispatcher';
import { APP_ENTRY_URL } from '../security/app-origin';
import { hardenedWebPreferences } from '../security/window-options';

/**
 * Painted before the first frame, so opening the window does not flash white in dark mode.
 * Keep these equal to --color-canvas in renderer/styles/theme.css (the page background).
 */
const BACKGROUND = { light: '#f6f6f3', dark: '#16171a' } as const;

function themeBackground(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;
}

/** Creates the workbench window: hidden until its first paint, following the system's light/dark setting. */
export function createMainWindow(preloadPath: string, log: ErrorLog): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Annotation Workbench',
    show: false,
    backgroundColor: themeBackground(),
    // contextIsolation is repeated as a literal (same value as hardenedWebPreferences) because
    // Electronegativity reads only the literal passed to BrowserWindow, not the shared object.
    webPreferences: { ...hardenedWebPreferences(preloadPath), contextIsolation: true } satisfies WebPreferences,
  });
  window.once('ready-to-show', () => window.show());

  const followTheme = () => window.setBackgroundColor(themeBackground());
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));

  window.webContents.on('render-process-gone', (_event, details) => {
    log('The workbench page stopped', new Error(`reason: ${details.reason}, exit code: ${details.exitCode}`));
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log(`Could not load ${APP_ENTRY_URL}`, error));
  return window;
}
