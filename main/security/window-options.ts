/**
 * The webPreferences of the workbench window. Written out in full even where they equal Electron's
 * defaults, so a changed default or a careless edit shows up in review and in the unit test.
 * Typed without importing Electron (main/ outside main/shell/ stays plain Node); window.ts checks the
 * object against Electron's own WebPreferences type.
 */
export interface HardenedWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  /** Chromium's spellchecker downloads dictionaries from Google; the app must not touch the network. */
  readonly spellcheck: false;
  /** Dropping a file on the window would otherwise navigate it to file://, away from the app. */
  readonly navigateOnDragDrop: false;
}

export function hardenedWebPreferences(preloadPath: string): HardenedWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}
