import type { WorkbenchTransport } from '../../shared/ipc/transport';

// The host (Electron preload or the browser host's bridge) defines this before our script runs.
declare global {
  interface Window {
    readonly workbenchTransport?: WorkbenchTransport;
  }
}

export {};
