// The sandboxed preload: its only job is to put a narrow transport on window.workbenchTransport.
// It is bundled into one CommonJS file (sandboxed preloads cannot load modules) and must stay free
// of zod and other libraries: it imports only the schema-free name lists and the JSON decoding
// of what main relays encoded.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CALL_PREFIX,
  IPC_EVENT_PREFIX,
  isCallName,
  isEncodedEventName,
  isEventName,
} from '../../shared/ipc/call-names';
import { decodeEnvelope, decodeJson, type EncodedEnvelope, type EncodedJson } from '../ipc/encoded-json';
import { TRANSPORT_GLOBAL, type WorkbenchTransport } from '../../shared/ipc/transport';

const transport: WorkbenchTransport = {
  // Unknown names never reach ipcRenderer, so page code cannot use this bridge to probe other channels.
  async invoke(call, arg) {
    if (!isCallName(call)) return { ok: false, error: { code: 'unknown-call', message: 'Unknown request.' } };
    return decodeEnvelope((await ipcRenderer.invoke(IPC_CALL_PREFIX + call, arg)) as EncodedEnvelope);
  },
  on(event, listener) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the page may pass any value, and a template literal throws on a Symbol.
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The event listener must be a function.');
    // Only the payload crosses: the IpcRendererEvent would hand the page ipcRenderer itself via `sender`.
    const decoded = isEncodedEventName(event);
    const forward = (_event: IpcRendererEvent, payload: unknown) =>
      listener(decoded ? decodeJson(payload as EncodedJson) : payload);
    const channel = IPC_EVENT_PREFIX + event;
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(TRANSPORT_GLOBAL, transport);
