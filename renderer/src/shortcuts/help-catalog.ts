import type { CommandId } from '../../../shared/commands/command-catalog';
import { chordOf, pressLabel, type KeyChord, type KeyPress } from '../../../shared/commands/key-press';
import type { CommandRegistry } from '../commands/command-registry';

/**
 * One line of the help: the keys of registered commands (so help cannot drift from what the keys
 * do), or keys a control handles itself (list navigation, a field's Enter), described here.
 */
export type HelpEntry =
  | { readonly commands: readonly CommandId[]; readonly action: string }
  | { readonly presses: readonly KeyPress[]; readonly action: string };

export interface HelpGroup {
  readonly title: string;
  readonly entries: readonly HelpEntry[];
}

/** The keyboard help (? or F1), in reading order. Every key of a command is listed here. */
export const HELP_GROUPS: readonly HelpGroup[] = [
  {
    title: 'Articles',
    entries: [
      { commands: ['new-article'], action: 'New article' },
      { presses: [{ key: 'v', mod: true }], action: 'Create an article from the clipboard (outside text fields)' },
      { commands: ['import'], action: 'Import files (File menu)' },
      { commands: ['import-folder'], action: 'Import a folder (File menu)' },
      { commands: ['export'], action: 'Export the project or some articles (File menu)' },
      { presses: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }], action: 'Move through the article list' },
      { presses: [{ key: 'Home' }, { key: 'End' }], action: 'First or last article in the list' },
      { presses: [{ key: 'Enter' }, { key: ' ' }], action: 'Open the focused article' },
      { presses: [{ key: 'Delete' }], action: 'Move the focused article to the trash' },
      { commands: ['edit-text', 'finish-editing'], action: 'Edit the article text; F2 again or Esc to finish' },
      {
        commands: ['review-new', 'review-in-progress', 'review-done', 'review-reviewed'],
        action: 'Mark the article new, in progress, done or reviewed',
      },
    ],
  },
  {
    title: 'Annotating',
    entries: [
      { presses: [{ key: '1–9' }], action: 'Label the selection (widened to whole words)' },
      { presses: [{ key: '1–9', alt: true }], action: 'Label exactly the selected characters' },
      { commands: ['pick-label'], action: 'Choose a label for the selection' },
      { commands: ['annotate-all'], action: 'Annotate all occurrences of the selection' },
      { commands: ['add-piece'], action: 'Add the selection as a piece of a discontinuous annotation' },
      { commands: ['next-annotation', 'previous-annotation'], action: 'Next or previous annotation (in the article)' },
      { commands: ['delete-annotation'], action: 'Delete the selected annotation' },
      { commands: ['deselect-annotation'], action: 'Deselect the annotation, or drop the collected pieces' },
      { commands: ['link-claimant'], action: 'Link a claimant to the selected claim' },
      { commands: ['link-entity'], action: 'Link the selected annotation to an entity' },
      { commands: ['add-relation'], action: 'Add a relation from the selected annotation' },
      { commands: ['edit-note'], action: 'Edit the note of the selected annotation' },
      { presses: [{ key: 'Drag', alt: true }], action: 'Drag from one annotation to another to relate them' },
      { commands: ['undo'], action: 'Undo the last annotation action, curation decision (U) or move to the trash' },
      { commands: ['redo'], action: 'Redo what was undone' },
      { commands: ['command-palette'], action: 'Command palette: every action by name' },
    ],
  },
  {
    title: 'Suggestions',
    entries: [
      { commands: ['next-suggestion', 'previous-suggestion'], action: 'Next or previous suggestion (in the article)' },
      { commands: ['accept-suggestion'], action: 'Accept the suggestion: annotate it, linked to its entity' },
      { commands: ['reject-suggestion'], action: 'Reject the suggestion: it is not proposed again' },
      { commands: ['accept-entity-suggestions'], action: 'Accept every suggestion of this entity in the article' },
      { commands: ['accept-suggestion-as'], action: 'Accept as one of the entities sharing the name' },
      { commands: ['annotate-all-corpus'], action: 'Annotate all occurrences across the corpus' },
    ],
  },
  {
    title: 'Colleagues’ layers',
    entries: [
      { commands: ['cycle-layer-mode'], action: 'Show layers overlaid, one at a time or side by side (in the text)' },
      { commands: ['toggle-colleague-layers'], action: 'Show or hide all colleagues’ layers (in the text)' },
    ],
  },
  {
    title: 'Analysis',
    entries: [
      { commands: ['show-analysis'], action: 'Switch between the article and the Analysis area' },
      {
        presses: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }],
        action: 'Move between the analysis views (on their tabs)',
      },
      {
        presses: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }, { key: 'Home' }, { key: 'End' }],
        action: 'Move through the rows of a table',
      },
      { presses: [{ key: 'Enter' }], action: 'Open the row: the claim in its article, the entity in its tab' },
      { presses: [{ key: ' ' }], action: 'Add the entity of the row to the filter (entity index)' },
    ],
  },
  {
    title: 'Curation (in its walk)',
    entries: [
      { commands: ['curation-accept-a', 'curation-accept-b'], action: 'Accept layer A’s or layer B’s version' },
      { commands: ['curation-accept-both'], action: 'Accept both versions' },
      { commands: ['curation-reject'], action: 'Reject both versions' },
      { commands: ['curation-edit'], action: 'Open the article there to fix it by hand (recorded as edited)' },
      { commands: ['curation-next', 'curation-previous'], action: 'Next or previous disagreement' },
    ],
  },
  {
    title: 'Search',
    entries: [
      { commands: ['search'], action: 'Search articles' },
      { presses: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }], action: 'Move through the results' },
      { presses: [{ key: 'Enter' }], action: 'Open the result and select the match' },
      { presses: [{ key: 'Escape' }], action: 'Close the results, then clear the search' },
    ],
  },
  {
    title: 'Reading',
    entries: [
      { presses: [{ key: 'Click', mod: true }], action: 'Open a link in your browser' },
      {
        presses: [{ key: 'F10', shift: true }, { key: 'ContextMenu' }],
        action: 'Link actions, with the caret in a link',
      },
    ],
  },
  {
    title: 'Details panel',
    entries: [
      { presses: [{ key: 'Enter' }], action: 'Save the field (leaving it saves too)' },
      { presses: [{ key: 'Escape' }], action: 'Put back the saved value of the field' },
      { presses: [{ key: 'Enter' }], action: 'Add the typed tag (in Tags)' },
      { presses: [{ key: 'Backspace' }], action: 'Remove the last tag (in an empty Tags field)' },
    ],
  },
  {
    title: 'Projects',
    entries: [
      { commands: ['new-project'], action: 'New project (File menu)' },
      { commands: ['open-project'], action: 'Open a project (File menu)' },
      { commands: ['save-project-as'], action: 'Save a copy of the project and continue in it (File menu)' },
    ],
  },
  {
    title: 'Dialogs and menus',
    entries: [
      { presses: [{ key: 'Enter', mod: true }], action: 'Create the article in the New article dialog' },
      { presses: [{ key: 'Escape' }], action: 'Close the dialog or menu' },
    ],
  },
  {
    title: 'General',
    entries: [
      {
        presses: [{ key: 'Tab' }, { key: 'Tab', shift: true }],
        action: 'Move between toolbar, library, article and details',
      },
      { commands: ['show-shortcuts'], action: 'Show these shortcuts' },
    ],
  },
];

/** A line of the help as shown: alternative chords that do the same thing. */
export interface Shortcut {
  readonly chords: readonly KeyChord[];
  readonly action: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

/** The help with every key written for the platform; commands' keys are read from the registry. */
export function shortcutGroups(registry: Pick<CommandRegistry, 'get'>, mac: boolean): ShortcutGroup[] {
  const pressesOf = (entry: HelpEntry): KeyPress[] =>
    'presses' in entry
      ? [...entry.presses]
      : entry.commands.flatMap((id) =>
          (registry.get(id)?.keys ?? []).filter((binding) => binding.unlisted !== true).map((binding) => binding.press),
        );
  return HELP_GROUPS.map((group) => ({
    title: group.title,
    shortcuts: group.entries.map((entry) => {
      // A key bound in several places (the window and the article) is one chord in help.
      const unique = new Map(pressesOf(entry).map((press) => [pressLabel(press, mac), press] as const));
      return { chords: [...unique.values()].map((press) => chordOf(press, mac)), action: entry.action };
    }),
  }));
}
