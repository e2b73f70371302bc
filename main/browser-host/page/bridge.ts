import type { Envelope } from '../../../shared/ipc/errors';
import { TRANSPORT_GLOBAL, type WorkbenchTransport } from '../../../shared/ipc/transport';
import { startDownload } from './download';
import { answerPick } from './file-picker';
import {
  BINARY_ANSWER_TYPE,
  BULK_READS,
  CALL_PATH,
  DOWNLOAD_EVENT,
  PAGE_HEADER,
  PICK_EVENT,
  TOKEN_HEADER,
  type DownloadRequest,
  type PickRequest,
} from './host-protocol';
import { HostSocket } from './host-socket';
import { tabStorage, takeLaunchToken } from './launch-token';

/**
 * The browser host's stand-in for the Electron preload: the same transport, carried over a loopback
 * WebSocket (plain HTTP while none is open) with the launch token, plus the host's file dialogs done
 * the browser's way (file pickers, downloads). The renderer cannot tell it from the preload.
 */

const NOT_CONNECTED: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This window is not connected to the workbench. Open the address that npm start printed.',
  },
};

const token = takeLaunchToken(window.location, window.history, tabStorage());
const pageId = crypto.randomUUID();
const headers: Record<string, string> = { [PAGE_HEADER]: pageId };
if (token !== null) headers[TOKEN_HEADER] = token;

function hostFetch(path: string, init: RequestInit): Promise<Response> {
  return fetch(path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

function hear(name: string, payload: unknown): void {
  if (name === PICK_EVENT) {
    answerPick(payload as PickRequest, hostFetch).catch((error: unknown) => console.error('File picker failed', error));
  } else if (name === DOWNLOAD_EVENT) {
    startDownload(payload as DownloadRequest);
  } else {
    for (const listener of listeners.get(name) ?? []) {
      // As with DOM events, a failing listener is reported and the others still hear the event.
      try {
        listener(payload);
      } catch (error) {
        reportError(error);
      }
    }
  }
}

const socket = new HostSocket({ token, pageId, onEvent: hear });

async function invokeOverHttp(call: string, arg: unknown): Promise<Envelope<unknown>> {
  const response = await hostFetch(`${CALL_PATH}${encodeURIComponent(call)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(arg === undefined ? {} : { arg }),
  });
  if (response.status === 403) {
    socket.stop();
    return NOT_CONNECTED;
  }
  if (response.headers.get('content-type') === BINARY_ANSWER_TYPE) {
    return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
  }
  return (await response.json()) as Envelope<unknown>;
}

const transport: WorkbenchTransport = {
  async invoke(call, arg) {
    if (BULK_READS.has(call)) return invokeOverHttp(call, arg);
    return (await socket.invoke(call, arg)) ?? invokeOverHttp(call, arg);
  },
  on(event, listener) {
    let set = listeners.get(event);
    if (set === undefined) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  },
};

Object.defineProperty(window, TRANSPORT_GLOBAL, { value: Object.freeze(transport), writable: false });
