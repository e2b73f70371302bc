/** Something that holds on to a resource (a listener, a subscription, a timer) until disposed. */
export interface Disposable {
  dispose(): void;
}

/** Wraps a release function (an unsubscribe) so that it runs at most once. */
export function toDisposable(release: () => void): Disposable {
  let released = false;
  return {
    dispose() {
      if (released) return;
      released = true;
      release();
    },
  };
}

/**
 * Collects what a view or service holds, to release it all at once. Disposed in reverse order of
 * adding, so something is released before what it was built on; anything added after disposal is
 * released at once, so a late subscription cannot outlive its owner.
 */
export class DisposableStore implements Disposable {
  private readonly held: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(disposable: T): T {
    if (this.disposed) disposable.dispose();
    else this.held.push(disposable);
    return disposable;
  }

  /** Adds an unsubscribe function, such as the one `api.on` or `session.model.subscribe` return. */
  addRelease(release: () => void): void {
    this.add(toDisposable(release));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const disposable of this.held.splice(0).reverse()) {
      try {
        disposable.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    // Every release runs even if one fails; the failures are reported together afterwards.
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Releasing some resources failed');
  }
}

type EventMapOf<T> = T extends Window
  ? WindowEventMap
  : T extends Document
    ? DocumentEventMap
    : T extends HTMLElement
      ? HTMLElementEventMap
      : Record<string, Event>;

/** addEventListener that hands back its removal, typed by the target's event map. */
export function listen<T extends EventTarget, K extends keyof EventMapOf<T> & string>(
  target: T,
  type: K,
  listener: (event: EventMapOf<T>[K]) => void,
  options?: AddEventListenerOptions,
): Disposable {
  const handler = listener as EventListener;
  target.addEventListener(type, handler, options);
  return toDisposable(() => target.removeEventListener(type, handler, options));
}
