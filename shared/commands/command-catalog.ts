import type { KeyPress } from './key-press';

/**
 * What listens for a key: the window (any focus outside a modal dialog), the article text (its
 * ProseMirror view, before the window), the curation view's walk (its letters would be article
 * keys elsewhere), or the application menu (a native accelerator the page must not also answer,
 * or the desktop app would run the command twice).
 */
export type KeySurface = 'window' | 'article' | 'curation' | 'menu';

/** Facts about the window a command or key may depend on; the renderer tells whether they hold. */
export type ContextKey = 'textEntryFocused' | 'editingText' | 'annotationSelected' | 'curationShown';

/** All of these must hold; `!name` means the fact must not hold. */
export type WhenClause = readonly (ContextKey | `!${ContextKey}`)[];

export interface KeyBinding {
  readonly press: KeyPress;
  readonly on: KeySurface;
  /** The key only applies while this holds; otherwise it goes on to the page as if unbound. */
  readonly when?: WhenClause;
  /** The application menu shows this key next to the command (implied for `on: 'menu'`). */
  readonly inMenu?: true;
  /** Works, but help and the palette do not list it: a second key for the same thing. */
  readonly unlisted?: true;
}

/** Where the command palette lists a command: in this order of groups, then as registered. */
export type CommandGroup = 'label' | 'annotation' | 'history' | 'article' | 'view' | 'panel' | 'project';

/** A command as everything but its action: what the palette, help, menu and keys show of it. */
export interface CommandDeclaration {
  /** The palette's name for it, unique among commands. */
  readonly title: string;
  /** The application menu's name, where it differs. */
  readonly menuTitle?: string;
  /** Extra words the palette matches. */
  readonly keywords?: string;
  readonly group: CommandGroup;
  readonly keys?: readonly KeyBinding[];
  /** The command only applies (is listed, runs) while this holds. */
  readonly when?: WhenClause;
}

const NOT_EDITING: WhenClause = ['!editingText'];
const OUTSIDE_TEXT_FIELDS: WhenClause = ['!textEntryFocused'];
const ANY = 'any';

/** A key of the article text outside edit mode, read by its place on the keyboard. */
const articleLetter = (letter: string): KeyBinding => ({
  press: { code: `Key${letter}` },
  on: 'article',
  when: NOT_EDITING,
});

const CURATING: WhenClause = ['curationShown'];

/** A key of the curation view's walk, read by its place on the keyboard. */
const curationLetter = (letter: string): KeyBinding => ({
  press: { code: `Key${letter}` },
  on: 'curation',
  when: OUTSIDE_TEXT_FIELDS,
});

/** A curation command: applies while the curation view is on screen, keyed in its walk. */
function curationCommand(title: string, keywords: string, letters: readonly string[]): CommandDeclaration {
  return {
    title,
    keywords: `curation ${keywords}`,
    group: 'annotation',
    when: CURATING,
    keys: letters.map(curationLetter),
  };
}

/** Sets the shown article's review status: Ctrl+Alt (⌘⌥) with 1–4, in the order of the statuses. */
function reviewCommand(status: string, title: string, digit: number): CommandDeclaration {
  return {
    title,
    keywords: `review status ${status.replace('-', ' ')}`,
    group: 'article',
    keys: [{ press: { code: `Digit${digit}`, mod: true, alt: true }, on: 'window', when: OUTSIDE_TEXT_FIELDS }],
  };
}

/**
 * Every command of the window with a fixed identity, in palette order within each group. The
 * renderer registers an action for each (renderer/src/commands/); the application menu
 * (main/shell/menu-template.ts) names its items by these ids and takes their keys from here; the
 * `menu.command` event carries one of these ids. Commands made from project data (one per label,
 * one per side-panel tab) are registered by the renderer as they appear.
 */
export const COMMANDS = {
  'pick-label': {
    title: 'Pick a label for the selection…',
    group: 'annotation',
    keys: [{ press: { key: 'Enter', alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'annotate-all': {
    title: 'Annotate all occurrences of the selection…',
    group: 'annotation',
    keys: [{ press: { key: 'Enter', shift: true, alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'add-piece': {
    title: 'Add the selection as a piece',
    keywords: 'discontinuous fragment',
    group: 'annotation',
    keys: [{ press: { key: '+', shift: ANY, alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'relabel-annotation': { title: 'Relabel the selected annotation…', keywords: 'change label', group: 'annotation' },
  'delete-annotation': {
    title: 'Delete the selected annotation',
    keywords: 'remove',
    group: 'annotation',
    keys: [
      { press: { key: 'Delete', shift: ANY, alt: ANY }, on: 'article', when: ['!editingText', 'annotationSelected'] },
      {
        press: { key: 'Backspace', shift: ANY, alt: ANY },
        on: 'article',
        when: ['!editingText', 'annotationSelected'],
        unlisted: true,
      },
    ],
  },
  'link-entity': {
    title: 'Link the selected annotation to an entity…',
    group: 'annotation',
    keys: [articleLetter('E')],
  },
  'link-claimant': {
    title: 'Link a claimant to the selected claim…',
    keywords: 'speaker source',
    group: 'annotation',
    keys: [articleLetter('C')],
  },
  'add-relation': {
    title: 'Add a relation from the selected annotation…',
    group: 'annotation',
    keys: [articleLetter('R')],
  },
  'edit-note': {
    title: 'Edit the note of the selected annotation',
    keywords: 'comment',
    group: 'annotation',
    keys: [articleLetter('N')],
  },
  'next-annotation': {
    title: 'Next annotation',
    group: 'annotation',
    keys: [{ press: { key: 'Tab', alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'previous-annotation': {
    title: 'Previous annotation',
    group: 'annotation',
    keys: [{ press: { key: 'Tab', shift: true, alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'deselect-annotation': {
    title: 'Deselect the annotation',
    group: 'annotation',
    keys: [{ press: { key: 'Escape', shift: ANY, alt: ANY }, on: 'article', when: NOT_EDITING }],
  },
  'next-suggestion': {
    title: 'Next suggestion',
    keywords: 'recommendation proposed',
    group: 'annotation',
    keys: [articleLetter('S')],
  },
  'previous-suggestion': {
    title: 'Previous suggestion',
    keywords: 'recommendation proposed',
    group: 'annotation',
    keys: [{ press: { code: 'KeyS', shift: true }, on: 'article', when: NOT_EDITING }],
  },
  'accept-suggestion': {
    title: 'Accept the suggestion',
    keywords: 'recommendation annotate yes',
    group: 'annotation',
    keys: [articleLetter('A')],
  },
  'reject-suggestion': {
    title: 'Reject the suggestion',
    keywords: 'recommendation dismiss no turn down',
    group: 'annotation',
    keys: [articleLetter('X')],
  },
  'accept-entity-suggestions': {
    title: 'Accept this suggestion everywhere in the article',
    keywords: 'recommendation all same',
    group: 'annotation',
    keys: [{ press: { code: 'KeyA', shift: true }, on: 'article', when: NOT_EDITING }],
  },
  'accept-suggestion-as': {
    title: 'Accept the suggestion as…',
    keywords: 'recommendation pick choose ambiguous shared name',
    group: 'annotation',
    keys: [{ press: { code: 'KeyE', shift: true }, on: 'article', when: NOT_EDITING }],
  },
  'annotate-all-corpus': {
    title: 'Annotate all occurrences across the corpus…',
    keywords: 'every article selection suggestions registry',
    group: 'annotation',
    keys: [{ press: { key: 'Enter', mod: true, shift: true }, on: 'article', when: NOT_EDITING }],
  },
  'review-rejections': {
    title: 'Review rejected suggestions…',
    keywords: 'propose again matching options ignore case diacritics accents',
    group: 'annotation',
  },
  'curation-accept-a': curationCommand('Curation: accept layer A’s version', 'disagreement choose first', ['A']),
  'curation-accept-b': curationCommand('Curation: accept layer B’s version', 'disagreement choose second', ['B']),
  'curation-accept-both': curationCommand('Curation: accept both versions', 'disagreement keep', ['H']),
  'curation-reject': curationCommand('Curation: reject both versions', 'disagreement neither remove', ['R']),
  'curation-edit': curationCommand('Curation: edit the disagreement by hand', 'disagreement open article fix', ['E']),
  'curation-next': curationCommand('Curation: next disagreement', 'forward', ['N', 'J']),
  'curation-previous': curationCommand('Curation: previous disagreement', 'back', ['P', 'K']),
  // Text fields keep their own undo, so the window leaves these keys to them; in the article they
  // are always the project's (an edit in progress is saved first). U takes back a curation decision.
  undo: {
    title: 'Undo',
    group: 'history',
    keys: [
      { press: { key: 'z', mod: true }, on: 'window', when: OUTSIDE_TEXT_FIELDS, inMenu: true },
      { press: { key: 'z', mod: true }, on: 'article' },
      { press: { code: 'KeyU' }, on: 'curation', when: OUTSIDE_TEXT_FIELDS },
    ],
  },
  redo: {
    title: 'Redo',
    group: 'history',
    keys: [
      { press: { key: 'z', mod: true, shift: true }, on: 'window', when: OUTSIDE_TEXT_FIELDS, inMenu: true },
      { press: { key: 'y', mod: true, shift: ANY }, on: 'window', when: OUTSIDE_TEXT_FIELDS, unlisted: true },
      { press: { key: 'z', mod: true, shift: true }, on: 'article' },
      { press: { key: 'y', mod: true, shift: ANY }, on: 'article', unlisted: true },
    ],
  },
  'new-article': {
    title: 'New article…',
    group: 'article',
    // Also the menu's accelerator: opening the dialog twice is harmless, it is already open.
    keys: [{ press: { key: 'n', mod: true }, on: 'window', inMenu: true }],
  },
  import: { title: 'Import files…', group: 'article', keys: [{ press: { key: 'i', mod: true }, on: 'menu' }] },
  'import-folder': {
    title: 'Import folder…',
    group: 'article',
    keys: [{ press: { key: 'i', mod: true, shift: true }, on: 'menu' }],
  },
  'import-annotations': {
    title: 'Import annotations…',
    keywords: 'brat bundle w3c doccano label studio',
    group: 'article',
  },
  search: {
    title: 'Search articles',
    menuTitle: 'Search all articles…',
    keywords: 'find',
    group: 'article',
    keys: [{ press: { key: 'f', mod: true, shift: true }, on: 'window', inMenu: true }],
  },
  'trash-article': { title: 'Move the article to the trash', keywords: 'delete remove', group: 'article' },
  'edit-text': {
    title: 'Edit the article text',
    keywords: 'correct fix typo',
    group: 'article',
    when: NOT_EDITING,
    keys: [{ press: { key: 'F2', mod: ANY, shift: ANY, alt: ANY }, on: 'article' }],
  },
  'finish-editing': {
    title: 'Finish editing the article text',
    keywords: 'done save',
    group: 'article',
    when: ['editingText'],
    keys: [
      { press: { key: 'Escape', mod: ANY, shift: ANY, alt: ANY }, on: 'article' },
      { press: { key: 'F2', mod: ANY, shift: ANY, alt: ANY }, on: 'article' },
    ],
  },
  'annotation-schema': {
    title: 'Annotation schema…',
    keywords: 'labels entity types colours keys settings',
    group: 'view',
  },
  'suggestion-sources': {
    title: 'Suggestion sources…',
    keywords: 'gazetteer patterns rules prodigy spacy regex dates hashtags import',
    group: 'view',
  },
  'import-layer': {
    title: 'Import a colleague’s layer…',
    keywords: 'team annotator layer bundle w3c brat doccano label studio agreement',
    group: 'view',
  },
  'cycle-layer-mode': {
    title: 'Show layers overlaid, one at a time or side by side',
    keywords: 'team colleague layer display mode compare',
    group: 'view',
    keys: [articleLetter('L')],
  },
  'toggle-colleague-layers': {
    title: 'Show or hide all colleagues’ layers',
    keywords: 'team colleague layer hide',
    group: 'view',
    keys: [{ press: { code: 'KeyL', shift: true }, on: 'article', when: NOT_EDITING }],
  },
  'show-shortcuts': {
    title: 'Show keyboard shortcuts',
    menuTitle: 'Keyboard shortcuts',
    keywords: 'help keys',
    group: 'view',
    keys: [
      { press: { key: '?', shift: ANY }, on: 'window', when: OUTSIDE_TEXT_FIELDS },
      { press: { key: 'F1', mod: ANY, shift: ANY, alt: ANY }, on: 'window', inMenu: true },
    ],
  },
  'show-analysis': {
    title: 'Switch between the article and the Analysis area',
    keywords: 'analysis corpus claims charts network table',
    group: 'view',
    keys: [{ press: { key: 'a', mod: true, shift: true }, on: 'window' }],
  },
  'toggle-details': { title: 'Show or hide the details panel', keywords: 'side panel toggle', group: 'view' },
  'command-palette': {
    title: 'Show all commands',
    keywords: 'command palette actions',
    group: 'view',
    keys: [{ press: { key: 'p', mod: true, shift: true }, on: 'window' }],
  },
  // Keys of the File menu: in the desktop app the native menu answers them.
  'new-project': {
    title: 'New project…',
    group: 'project',
    keys: [{ press: { key: 'n', mod: true, shift: true }, on: 'menu' }],
  },
  'open-project': { title: 'Open project…', group: 'project', keys: [{ press: { key: 'o', mod: true }, on: 'menu' }] },
  'save-project-as': {
    title: 'Save project as…',
    keywords: 'copy',
    group: 'project',
    keys: [{ press: { key: 's', mod: true, shift: true }, on: 'menu' }],
  },
  'check-project': {
    title: 'Check the project file for damage',
    menuTitle: 'Check project file',
    keywords: 'integrity corrupt verify repair',
    group: 'project',
  },
  'set-annotator': {
    title: 'Change who is annotating…',
    menuTitle: 'Annotator…',
    keywords: 'name e-mail user coder team',
    group: 'project',
  },
  'review-new': reviewCommand('new', 'Mark the article as new', 1),
  'review-in-progress': reviewCommand('in-progress', 'Mark the article as in progress', 2),
  'review-done': reviewCommand('done', 'Mark the article as done', 3),
  'review-reviewed': reviewCommand('reviewed', 'Mark the article as reviewed', 4),
  export: {
    title: 'Export…',
    keywords: 'csv brat conll json bundle save',
    group: 'project',
    keys: [{ press: { key: 'e', mod: true }, on: 'menu' }],
  },
} as const satisfies Record<string, CommandDeclaration>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as [CommandId, ...CommandId[]];

export function commandDeclaration(id: CommandId): CommandDeclaration {
  return COMMANDS[id];
}

/** The key the application menu shows next to a command, if any. */
export function menuKeyOf(id: CommandId): KeyBinding | undefined {
  return commandDeclaration(id).keys?.find((binding) => binding.on === 'menu' || binding.inMenu === true);
}
