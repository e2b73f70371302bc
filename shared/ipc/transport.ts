import type { Envelope } from './errors';

/**
 * The raw bridge the host puts on `window.workbenchTransport`: the Electron preload over IPC,
 * or the browser host over loopback HTTP. It only moves envelopes; typing and error
 * unwrapping happen in the renderer (errors cannot cross Electron's context bridge with their code).
 */
export interface WorkbenchTransport {
  invoke(call: string, arg: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const TRANSPORT_GLOBAL = 'workbenchTransport';
