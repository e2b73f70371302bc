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
        // Owned by the native File menu (desktop app), which is why the window does not bind them itself.
        { chords: [[mod, 'I']], action: 'Import files (File menu)' },
        { chords: [[mod, 'Shift', 'I']], action: 'Import a folder (File menu)' },
        { chords: [[mod, 'E']], action: 'Export the project or some articles (File menu)' },
        { chords: [['↑'], ['↓']], action: 'Move through the article list' },
        { chords: [['Home'], ['End']], action: 'First or last article in the list' },
        { chords: [['Enter'], ['Space']], action: 'Open the focused article' },
        { chords: [['Delete']], action: 'Move the focused article to the trash' },
      ],
    },
    {
      title: 'Annotating',
      shortcuts: [
        { chords: [['1–9']], action: 'Label the selection (widened to whole words)' },
        { chords: [['Alt', '1–9']], action: 'Label exactly the selected characters' },
        { chords: [['Enter']], action: 'Choose a label for the selection' },
        { chords: [['Shift', 'Enter']], action: 'Annotate all occurrences of the selection' },
        { chords: [['+']], action: 'Add the selection as a piece of a discontinuous annotation' },
        { chords: [['Tab'], ['Shift', 'Tab']], action: 'Next or previous annotation (in the article)' },
        { chords: [['Delete']], action: 'Delete the selected annotation' },
        { chords: [['Esc']], action: 'Deselect the annotation, or drop the collected pieces' },
        { chords: [['C']], action: 'Link a claimant to the selected claim' },
        { chords: [['E']], action: 'Link the selected annotation to an entity' },
        { chords: [['R']], action: 'Add a relation from the selected annotation' },
        { chords: [['N']], action: 'Edit the note of the selected annotation' },
        { chords: [['Alt', 'Drag']], action: 'Drag from one annotation to another to relate them' },
        { chords: [[mod, 'Z']], action: 'Undo the last annotation action or move to the trash' },
        { chords: [[mod, 'Shift', 'Z']], action: 'Redo what was undone' },
        { chords: [[mod, 'Shift', 'P']], action: 'Command palette: every action by name' },
      ],
    },
    {
      title: 'Search',
      shortcuts: [
        { chords: [[mod, 'Shift', 'F']], action: 'Search articles' },
        { chords: [['↑'], ['↓']], action: 'Move through the results' },
        { chords: [['Enter']], action: 'Open the result and select the match' },
        { chords: [['Esc']], action: 'Close the results, then clear the search' },
      ],
    },
    {
      title: 'Reading',
      shortcuts: [
        { chords: [[mod, 'Click']], action: 'Open a link in your browser' },
        { chords: [['Shift', 'F10'], ['Menu']], action: 'Link actions, with the caret in a link' },
      ],
    },
    {
      title: 'Details panel',
      shortcuts: [
        { chords: [['Enter']], action: 'Save the field (leaving it saves too)' },
        { chords: [['Esc']], action: 'Put back the saved value of the field' },
        { chords: [['Enter']], action: 'Add the typed tag (in Tags)' },
        { chords: [['Backspace']], action: 'Remove the last tag (in an empty Tags field)' },
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
        { chords: [['Tab'], ['Shift', 'Tab']], action: 'Move between toolbar, library, article and details' },
        { chords: [['?'], ['F1']], action: 'Show these shortcuts' },
      ],
    },
  ];
}

/** How a chord is written in a tooltip or a hint: "Ctrl+Shift+F", "⌘⇧F". */
export function chordLabel(chord: KeyChord, mac: boolean = isMacPlatform()): string {
  if (!mac) return chord.join('+');
  return chord.map((key) => (key === 'Shift' ? '⇧' : key === 'Alt' ? '⌥' : key)).join('');
}
