/**
 * The renderer's one and only origin. A privileged custom scheme gives the renderer a real,
 * stable origin (for the CSP's 'self' and for IPC sender checks) without the extra powers
 * Chromium grants file:// pages.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
