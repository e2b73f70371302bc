import type { EventName } from '../../shared/ipc/call-names';
import type { MainEventPayload } from '../ipc/encoded-json';

type Listener<E extends EventName> = (payload: MainEventPayload<E>) => void;

/** The contract's events as raised in main; each host forwards them to its renderer. */
export class WorkspaceEvents {
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: MainEventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  }
}
