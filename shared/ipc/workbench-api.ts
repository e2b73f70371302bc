import type { CallName, EventName } from './call-names';
import type { ArgOf, EventPayload, ResultOf } from './contract';

/** The typed API the renderer uses; built from a transport by `createWorkbenchApi`. */
export interface WorkbenchApi {
  invoke<C extends CallName>(call: C, ...arg: ArgOf<C> extends undefined ? [] : [ArgOf<C>]): Promise<ResultOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
