import type { Envelope } from '../../../shared/ipc/errors';
import { TRANSPORT_GLOBAL, type WorkbenchTransport } from '../../../shared/ipc/transport';

/**
 * The browser host's stand-in for the Electron preload: the same transport, carried over
 * loopback HTTP. The session cookie set by the host authenticates every request.
 */
function createHttpTransport(): WorkbenchTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;

  function ensureEventSource(event: string): void {
    source ??= new EventSource('/__host/events');
    source.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  }

  return {
    async invoke(call, arg) {
      const response = await fetch(`/__host/call/${encodeURIComponent(call)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(arg === undefined ? {} : { arg }),
      });
      return (await response.json()) as Envelope<unknown>;
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
        ensureEventSource(event);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

Object.defineProperty(window, TRANSPORT_GLOBAL, { value: Object.freeze(createHttpTransport()), writable: false });
