import type { ContextKey } from '../../../shared/commands/command-catalog';
import { toDisposable, type Disposable } from '../lifecycle/disposable';

/** Reads a fact for the element a key press was aimed at (null: the focused element). */
export type ContextFact = (target: EventTarget | null) => boolean;

/**
 * The facts commands and keys depend on ("an annotation is selected", "a text field has focus"),
 * each defined by the part of the window that knows it, so the registry can exist before them. A
 * fact nobody defined (yet) does not hold.
 */
export class ContextKeys {
  private readonly facts = new Map<ContextKey, ContextFact>();

  define(key: ContextKey, fact: ContextFact): Disposable {
    if (this.facts.has(key)) throw new Error(`The context key "${key}" is defined already.`);
    this.facts.set(key, fact);
    return toDisposable(() => {
      if (this.facts.get(key) === fact) this.facts.delete(key);
    });
  }

  holds(key: ContextKey, target: EventTarget | null = null): boolean {
    return this.facts.get(key)?.(target) ?? false;
  }
}
