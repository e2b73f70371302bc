import { describe, expect, it } from 'vitest';
import { chordLabel, shortcutCatalog } from '../../../renderer/src/shortcuts/shortcut-catalog';

describe('shortcutCatalog', () => {
  it('writes the platform’s modifier key', () => {
    const keys = (mac: boolean) =>
      shortcutCatalog(mac).flatMap((group) => group.shortcuts.flatMap((s) => s.chords.flat()));
    expect(keys(true)).toContain('⌘');
    expect(keys(true)).not.toContain('Ctrl');
    expect(keys(false)).toContain('Ctrl');
    expect(keys(false)).not.toContain('⌘');
  });

  it('lists the library, search and link shortcuts', () => {
    const actions = shortcutCatalog(false).flatMap((group) => group.shortcuts.map((s) => s.action));
    for (const expected of [
      'Search articles',
      'Move the focused article to the trash',
      'Open a link in your browser',
      'Open the result and select the match',
      'Add the typed tag (in Tags)',
    ]) {
      expect(actions).toContain(expected);
    }
  });

  it('lists the annotating keys in their own group', () => {
    const annotating = shortcutCatalog(false).find((group) => group.title === 'Annotating');
    const chords = annotating?.shortcuts.flatMap((s) => s.chords.map((chord) => chord.join('+'))) ?? [];
    for (const expected of [
      '1–9',
      'Alt+1–9',
      'Enter',
      'Shift+Enter',
      '+',
      'Tab',
      'Shift+Tab',
      'Delete',
      'Esc',
      'C',
      'E',
      'R',
      'N',
      'Alt+Drag',
      'Ctrl+Z',
      'Ctrl+Shift+Z',
      'Ctrl+Shift+P',
    ]) {
      expect(chords).toContain(expected);
    }
  });

  it('writes chords for tooltips', () => {
    expect(chordLabel(['Ctrl', 'Shift', 'F'], false)).toBe('Ctrl+Shift+F');
    expect(chordLabel(['⌘', 'Shift', 'F'], true)).toBe('⌘⇧F');
  });
});
