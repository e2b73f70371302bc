import type {
  CommandGroup,
  ContextKey,
  KeyBinding,
  KeySurface,
  WhenClause,
} from '../../../shared/commands/command-catalog';
import { pressLabel } from '../../../shared/commands/key-press';
import { toDisposable, type Disposable } from '../lifecycle/disposable';
import type { Command, CommandInvocation, ContextKeyReader, KeyEventLike } from './command';
import { matchesPress, pressesOverlap, surfacesOverlap, whenExclusive } from './key-match';

/**
 * Built-in keys, or keys the user chose (label keys from the schema). A user's key takes
 * precedence over a built-in one it shares, as the user asked for it; within a layer two commands
 * never share a key.
 */
export type KeyLayer = 'built-in' | 'user';

const GROUP_ORDER: readonly CommandGroup[] = ['label', 'annotation', 'history', 'article', 'view', 'panel', 'project'];

interface Registered {
  readonly command: Command;
  readonly layer: KeyLayer;
}

/**
 * The window's commands: the command palette lists them, keys run them, the application menu sends
 * their ids, the toolbar's buttons and the help overlay show their keys. Each id is registered once,
 * and a key is refused when another command of the same layer already answers it in the same place.
 */
export class CommandRegistry {
  private readonly registered = new Map<string, Registered>();
  private readonly contextKey: ContextKeyReader;
  private readonly reportError: (error: unknown) => void;

  constructor(contextKey: ContextKeyReader, reportError: (error: unknown) => void) {
    this.contextKey = contextKey;
    this.reportError = reportError;
  }

  /** Adds a command; throws if its id is taken or one of its keys conflicts. Dispose to remove it. */
  register(command: Command, layer: KeyLayer = 'built-in'): Disposable {
    if (this.registered.has(command.id)) throw new Error(`A command "${command.id}" is registered already.`);
    this.refuseConflicts(command, layer);
    const entry: Registered = { command, layer };
    this.registered.set(command.id, entry);
    return toDisposable(() => {
      if (this.registered.get(command.id) === entry) this.registered.delete(command.id);
    });
  }

  get(id: string): Command | undefined {
    return this.registered.get(id)?.command;
  }

  /** Every command, in palette order: by group, then as registered. */
  get commands(): Command[] {
    const all = [...this.registered.values()].map((entry) => entry.command);
    return all.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
  }

  /** The commands that apply where focus is now: what the palette offers. */
  available(): Command[] {
    return this.commands.filter((command) => this.holds(command.when));
  }

  /** Runs a command by id; false if there is none or it does not apply now. */
  run(id: string, invocation: CommandInvocation): boolean {
    const command = this.get(id);
    if (command === undefined || !this.holds(command.when)) return false;
    return this.invoke(command, invocation) !== false;
  }

  /**
   * Runs the command a key press on `surface` is bound to; true if one handled it (the caller then
   * prevents the browser's default).
   */
  handleKey(event: KeyEventLike, surface: Exclude<KeySurface, 'menu'>): boolean {
    if (event.isComposing) return false;
    const found = this.bindingFor(event, surface, 'user') ?? this.bindingFor(event, surface, 'built-in');
    if (found === undefined) return false;
    return this.invoke(found, { source: 'key', event }) !== false;
  }

  /** The keys of a command that help and the palette list, written for the platform. */
  keyLabels(command: Command, mac: boolean): string[] {
    const listed = (command.keys ?? []).filter((binding) => binding.unlisted !== true);
    return [...new Set(listed.map((binding) => pressLabel(binding.press, mac)))];
  }

  private bindingFor(event: KeyEventLike, surface: KeySurface, layer: KeyLayer): Command | undefined {
    for (const { command, layer: commandLayer } of this.registered.values()) {
      if (commandLayer !== layer) continue;
      const bound = (command.keys ?? []).some(
        (binding) =>
          binding.on === surface && matchesPress(event, binding.press) && this.holds(binding.when, event.target),
      );
      if (bound && this.holds(command.when, event.target)) return command;
    }
    return undefined;
  }

  private invoke(command: Command, invocation: CommandInvocation): unknown {
    try {
      const result = command.run(invocation);
      if (result instanceof Promise) result.catch((error: unknown) => this.reportError(error));
      return result;
    } catch (error) {
      this.reportError(error);
      return undefined;
    }
  }

  private holds(when: WhenClause | undefined, target?: EventTarget | null): boolean {
    return (when ?? []).every((term) =>
      term.startsWith('!')
        ? !this.contextKey(term.slice(1) as ContextKey, target)
        : this.contextKey(term as ContextKey, target),
    );
  }

  private refuseConflicts(command: Command, layer: KeyLayer): void {
    const others = [...this.registered.values()].filter((entry) => entry.layer === layer).map((entry) => entry.command);
    const keys = command.keys ?? [];
    keys.forEach((binding, index) => {
      const sameCommand = keys.slice(index + 1).map((other) => ({ command, binding: other }));
      const otherCommands = others.flatMap((other) =>
        (other.keys ?? []).map((key) => ({ command: other, binding: key })),
      );
      for (const other of [...sameCommand, ...otherCommands]) {
        if (conflict(command, binding, other.command, other.binding)) {
          throw new Error(
            `The key ${pressLabel(binding.press, false)} of "${command.title}" is already bound to "${other.command.title}".`,
          );
        }
      }
    });
  }
}

function conflict(a: Command, keyA: KeyBinding, b: Command, keyB: KeyBinding): boolean {
  return (
    surfacesOverlap(keyA.on, keyB.on) &&
    pressesOverlap(keyA.press, keyB.press) &&
    !whenExclusive([...(a.when ?? []), ...(keyA.when ?? [])], [...(b.when ?? []), ...(keyB.when ?? [])])
  );
}
