/** Whether a modifier must be held (true), must not be (false), or is ignored ('any'). */
export type ModifierState = boolean | 'any';

interface Modifiers {
  /** Ctrl, or ⌘ on macOS; either key counts on every platform. Not held by default. */
  readonly mod?: ModifierState;
  /** Not held by default. */
  readonly shift?: ModifierState;
  /** Not held by default. */
  readonly alt?: ModifierState;
}

/**
 * One key press a command answers to. `key` is KeyboardEvent.key (letters in lower case); `code` is
 * KeyboardEvent.code, for keys read by their place on the keyboard (label keys and the letter keys
 * of the article, so Alt does not turn "1" into "¡" on a Mac keyboard).
 */
export type KeyPress = Modifiers &
  ({ readonly key: string; readonly code?: never } | { readonly code: string; readonly key?: never });

/** A key combination as shown in help: ['Ctrl', 'Shift', 'F']. */
export type KeyChord = readonly string[];

const KEY_NAMES: Readonly<Record<string, string>> = {
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  ContextMenu: 'Menu',
};

/** The key's name as printed on the keyboard: "N", "1", "Esc", "F1", "↑". */
function keyName(press: KeyPress): string {
  if (press.code !== undefined) return press.code.replace(/^(?:Key|Digit|Numpad)/u, '');
  const named = KEY_NAMES[press.key];
  if (named !== undefined) return named;
  return press.key.length === 1 ? press.key.toUpperCase() : press.key;
}

/** The modifiers a press holds, by the names a platform or API gives them, then the key. */
function spelled(press: KeyPress, names: { mod: string; shift: string; alt: string }): string[] {
  return [
    ...(press.mod === true ? [names.mod] : []),
    ...(press.shift === true ? [names.shift] : []),
    ...(press.alt === true ? [names.alt] : []),
    keyName(press),
  ];
}

/** The keys to hold and press, written for the platform (⌘ on macOS, Ctrl elsewhere). */
export function chordOf(press: KeyPress, mac: boolean): KeyChord {
  return spelled(press, { mod: mac ? '⌘' : 'Ctrl', shift: 'Shift', alt: 'Alt' });
}

/** How a chord is written in a tooltip or a hint: "Ctrl+Shift+F", "⌘⇧F". */
export function chordLabel(chord: KeyChord, mac: boolean): string {
  if (!mac) return chord.join('+');
  return chord.map((key) => (key === 'Shift' ? '⇧' : key === 'Alt' ? '⌥' : key)).join('');
}

export function pressLabel(press: KeyPress, mac: boolean): string {
  return chordLabel(chordOf(press, mac), mac);
}

/** The press as `aria-keyshortcuts` names it: "Control+Shift+F", "Meta+Shift+F". */
export function ariaKeyShortcut(press: KeyPress, mac: boolean): string {
  return spelled(press, { mod: mac ? 'Meta' : 'Control', shift: 'Shift', alt: 'Alt' }).join('+');
}

/** The press as an Electron menu accelerator: "CmdOrCtrl+Shift+N", "F1". */
export function acceleratorOf(press: KeyPress): string {
  return spelled(press, { mod: 'CmdOrCtrl', shift: 'Shift', alt: 'Alt' }).join('+');
}
