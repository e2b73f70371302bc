/**
 * Every keyboard shortcut the window understands, in one list so the help overlay cannot drift
 * from the handlers. Keys are written for the current platform (⌘ on macOS, Ctrl elsewhere).
 */
/** A key combination, e.g. ['Ctrl', 'N']. */
export type KeyChord = readonly string[];

export interface Shortcut {
  /** Alternatives that do the same thing, e.g. [['↑'], ['↓']]. */
  chords: readonly KeyChord[];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export function isMacPlatform(): boolean {
  return navigator.platform.startsWith('Mac');
}

export function shortcutCatalog(mac: boolean = isMacPlatform()): readonly ShortcutGroup[] {
  const mod = mac ? '⌘' : 'Ctrl';
  return [
    {
      title: 'Articles',
      shortcuts: [
        { chords: [[mod, 'N']], action: 'New article' },
        { chords: [[mod, 'V']], action: 'Create an article from the clipboard (outside text fields)' },
        { chords: [['↑'], ['↓']], action: 'Move through the article list' },
        { chords: [['Home'], ['End']], action: 'First or last article in the list' },
        { chords: [['Enter'], ['Space']], action: 'Open the focused article' },
      ],
    },
    {
      title: 'Dialogs and menus',
      shortcuts: [
        { chords: [[mod, 'Enter']], action: 'Create the article in the New article dialog' },
        { chords: [['Esc']], action: 'Close the dialog or menu' },
      ],
    },
    {
      title: 'General',
      shortcuts: [
        { chords: [['Tab'], ['Shift', 'Tab']], action: 'Move between toolbar, article list and article' },
        { chords: [['?'], ['F1']], action: 'Show these shortcuts' },
      ],
    },
  ];
}
