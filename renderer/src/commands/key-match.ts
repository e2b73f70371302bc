import type { KeySurface, WhenClause } from '../../../shared/commands/command-catalog';
import type { KeyPress, ModifierState } from '../../../shared/commands/key-press';
import type { KeyEventLike } from './command';

function modifierMatches(expected: ModifierState | undefined, held: boolean): boolean {
  const state = expected ?? false;
  return state === 'any' || state === held;
}

function modifiersOverlap(a: ModifierState | undefined, b: ModifierState | undefined): boolean {
  const left = a ?? false;
  const right = b ?? false;
  return left === 'any' || right === 'any' || left === right;
}

/** The character a press names, the same whether given by `key` or by `code` ("KeyE" and "e"). */
function characterOf(press: KeyPress): string {
  if (press.code !== undefined) return press.code.replace(/^(?:Key|Digit|Numpad)/u, '').toLowerCase();
  return press.key.toLowerCase();
}

/** Two codes are two places on the keyboard (the digit row and the number pad); a key may be either. */
function sameKey(a: KeyPress, b: KeyPress): boolean {
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return characterOf(a) === characterOf(b);
}

/** Whether a key event is this press. Ctrl and ⌘ both count as the command modifier. */
export function matchesPress(event: KeyEventLike, press: KeyPress): boolean {
  const keyMatches =
    press.code !== undefined ? event.code === press.code : event.key.toLowerCase() === press.key.toLowerCase();
  return (
    keyMatches &&
    modifierMatches(press.mod, event.ctrlKey || event.metaKey) &&
    modifierMatches(press.shift, event.shiftKey) &&
    modifierMatches(press.alt, event.altKey)
  );
}

/** Whether one key event could be both presses. */
export function pressesOverlap(a: KeyPress, b: KeyPress): boolean {
  return (
    sameKey(a, b) &&
    modifiersOverlap(a.mod, b.mod) &&
    modifiersOverlap(a.shift, b.shift) &&
    modifiersOverlap(a.alt, b.alt)
  );
}

/** Menu accelerators fire wherever focus is, so they meet every other surface. */
export function surfacesOverlap(a: KeySurface, b: KeySurface): boolean {
  return a === b || a === 'menu' || b === 'menu';
}

/** Whether two clauses can never hold together: one needs a fact the other rules out. */
export function whenExclusive(a: WhenClause, b: WhenClause): boolean {
  const others: readonly string[] = b;
  return a.some((term) => others.includes(term.startsWith('!') ? term.slice(1) : `!${term}`));
}
