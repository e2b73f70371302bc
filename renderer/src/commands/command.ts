import {
  commandDeclaration,
  type CommandDeclaration,
  type CommandId,
  type ContextKey,
} from '../../../shared/commands/command-catalog';

/** What a key handler reads of a key press; a KeyboardEvent is one. */
export type KeyEventLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing' | 'target'
>;

/** How a command was asked for. */
export interface CommandInvocation {
  readonly source: 'key' | 'menu' | 'palette' | 'button';
  /** The key press that ran it (its Alt asks some annotation commands to skip word snapping). */
  readonly event?: KeyEventLike;
}

/**
 * One action of the window: declared (title, keys, when) and what it does. `run` returns false when
 * it did not apply after all (the key then goes on to the page's default, Tab to the next control);
 * a returned promise is awaited by the registry, which reports its failure.
 */
export interface Command extends CommandDeclaration {
  readonly id: string;
  run(invocation: CommandInvocation): unknown;
}

/**
 * Tells whether a fact about the window holds, for the element a key press was aimed at; without
 * a target, for the focused element.
 */
export type ContextKeyReader = (key: ContextKey, target?: EventTarget | null) => boolean;

/** A command of the catalog with its action. */
export function catalogCommand(id: CommandId, run: Command['run']): Command {
  return { ...commandDeclaration(id), id, run };
}
