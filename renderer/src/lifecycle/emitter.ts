import { toDisposable, type Disposable } from './disposable';

/** Subscribes to an emitter's events; dispose the result to stop listening. */
export type Listen<T> = (listener: (value: T) => void) => Disposable;

/**
 * A typed event source: its owner fires, anyone holding `event` listens. Views announce what the
 * user asked for through one, so they can be built before whatever acts on it.
 */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  readonly event: Listen<T> = (listener) => {
    // Wrapped, so the same function subscribed twice is two subscriptions.
    const entry = (value: T) => listener(value);
    this.listeners.add(entry);
    return toDisposable(() => this.listeners.delete(entry));
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
