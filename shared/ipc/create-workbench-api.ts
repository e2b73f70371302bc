import type { CallName, EventName } from './call-names';
import type { EventPayload, ResultOf } from './contract';
import { WorkbenchError } from './errors';
import type { WorkbenchTransport } from './transport';
import type { WorkbenchApi } from './workbench-api';

/** Wraps a transport into the typed API: results come back typed, failures throw WorkbenchError. */
export function createWorkbenchApi(transport: WorkbenchTransport): WorkbenchApi {
  return {
    async invoke<C extends CallName>(call: C, ...arg: unknown[]): Promise<ResultOf<C>> {
      const envelope = await transport.invoke(call, arg[0]);
      if (!envelope.ok) throw new WorkbenchError(envelope.error.code, envelope.error.message);
      return envelope.value as ResultOf<C>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      return transport.on(event, (payload) => listener(payload as EventPayload<E>));
    },
  };
}
