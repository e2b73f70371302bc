import type { Label } from '../../../shared/model/annotation';
import { chordLabel, type KeyChord } from '../shortcuts/shortcut-catalog';

/** One entry of the command palette. */
export interface Command {
  /** What the palette lists and filters by; unique within the list. */
  readonly name: string;
  /** The key that does the same outside the palette, written for the platform. */
  readonly shortcut?: string;
  /** Extra words the filter matches. */
  readonly keywords?: string;
  run(): void;
}

/** The annotation actions the palette runs (AnnotationActions satisfies this). */
export interface AnnotationCommandTarget {
  labelSelection(label: Label, exact?: boolean): Promise<unknown>;
  pickLabelForSelection(exact?: boolean): Promise<unknown>;
  annotateAllOccurrences(exact?: boolean): Promise<unknown>;
  addSelectionAsPiece(exact?: boolean): void;
  pickSpanLabel(title: string): Promise<Label | null>;
  relabelSelected(label: Label): Promise<void>;
  deleteSelected(): Promise<void>;
  linkSelectedEntity(): Promise<void>;
  linkClaimant(): Promise<void>;
  startRelation(): Promise<void>;
  cycle(direction: 1 | -1): boolean;
}

export interface SidePanelTabName {
  readonly id: string;
  readonly title: string;
}

/** What the palette can reach in the window; start-workbench.ts provides it. */
export interface CommandContext {
  readonly mac: boolean;
  readonly annotation: AnnotationCommandTarget;
  /** Span labels (entity types, the claim label), read when the palette opens so renames show. */
  spanLabels(): readonly Label[];
  deselect(): void;
  undo(): void;
  redo(): void;
  newArticle(): void;
  importFiles(): void;
  importFolder(): void;
  focusSearch(): void;
  showShortcuts(): void;
  showSchemaSettings(): void;
  toggleDetails(): void;
  sidePanelTabs(): readonly SidePanelTabName[];
  showSidePanelTab(id: string): void;
  newProject(): void;
  openProject(): void;
  saveProjectAs(): void;
  exportProject(): void;
  importAnnotations(): void;
  trashArticle(): void;
}

/**
 * Every action of the window by name, for the command palette: the annotation actions first (what
 * the palette is mostly used for), then editing, articles, views and the project.
 */
export function buildCommands(context: CommandContext): Command[] {
  const { annotation, mac } = context;
  const mod = mac ? '⌘' : 'Ctrl';
  const keys = (...chord: KeyChord) => chordLabel(chord, mac);
  const later = (action: () => Promise<unknown>) => () => void action();
  const relabel = async () => {
    const label = await annotation.pickSpanLabel('Relabel the annotation as');
    if (label !== null) await annotation.relabelSelected(label);
  };
  return [
    ...labelCommands(context.spanLabels(), annotation),
    {
      name: 'Pick a label for the selection…',
      shortcut: keys('Enter'),
      run: later(() => annotation.pickLabelForSelection()),
    },
    {
      name: 'Annotate all occurrences of the selection…',
      shortcut: keys('Shift', 'Enter'),
      run: later(() => annotation.annotateAllOccurrences()),
    },
    {
      name: 'Add the selection as a piece',
      shortcut: '+',
      keywords: 'discontinuous fragment',
      run: () => annotation.addSelectionAsPiece(),
    },
    { name: 'Relabel the selected annotation…', keywords: 'change label', run: later(relabel) },
    {
      name: 'Delete the selected annotation',
      shortcut: keys('Delete'),
      keywords: 'remove',
      run: later(() => annotation.deleteSelected()),
    },
    {
      name: 'Link the selected annotation to an entity…',
      shortcut: 'E',
      run: later(() => annotation.linkSelectedEntity()),
    },
    {
      name: 'Link a claimant to the selected claim…',
      shortcut: 'C',
      keywords: 'speaker source',
      run: later(() => annotation.linkClaimant()),
    },
    {
      name: 'Add a relation from the selected annotation…',
      shortcut: 'R',
      run: later(() => annotation.startRelation()),
    },
    { name: 'Next annotation', shortcut: keys('Tab'), run: () => void annotation.cycle(1) },
    { name: 'Previous annotation', shortcut: keys('Shift', 'Tab'), run: () => void annotation.cycle(-1) },
    { name: 'Deselect the annotation', shortcut: 'Esc', run: context.deselect },
    { name: 'Undo', shortcut: keys(mod, 'Z'), run: context.undo },
    { name: 'Redo', shortcut: keys(mod, 'Shift', 'Z'), run: context.redo },
    { name: 'New article…', shortcut: keys(mod, 'N'), run: context.newArticle },
    { name: 'Import files…', shortcut: keys(mod, 'I'), run: context.importFiles },
    { name: 'Import folder…', shortcut: keys(mod, 'Shift', 'I'), run: context.importFolder },
    {
      name: 'Import annotations…',
      keywords: 'brat bundle w3c doccano label studio',
      run: context.importAnnotations,
    },
    { name: 'Search articles', shortcut: keys(mod, 'Shift', 'F'), keywords: 'find', run: context.focusSearch },
    { name: 'Move the article to the trash', keywords: 'delete remove', run: context.trashArticle },
    {
      name: 'Annotation schema…',
      keywords: 'labels entity types colours keys settings',
      run: context.showSchemaSettings,
    },
    { name: 'Show keyboard shortcuts', shortcut: '?', keywords: 'help keys', run: context.showShortcuts },
    { name: 'Show or hide the details panel', keywords: 'side panel toggle', run: context.toggleDetails },
    ...context.sidePanelTabs().map((tab) => ({
      name: `Show the ${tab.title} tab`,
      keywords: 'details side panel',
      run: () => context.showSidePanelTab(tab.id),
    })),
    { name: 'New project…', run: context.newProject },
    { name: 'Open project…', run: context.openProject },
    { name: 'Save project as…', keywords: 'copy', run: context.saveProjectAs },
    {
      name: 'Export…',
      shortcut: keys(mod, 'E'),
      keywords: 'csv brat conll json bundle save',
      run: context.exportProject,
    },
  ];
}

/** "Label the selection as Person", one per span label, with its key. */
function labelCommands(labels: readonly Label[], annotation: AnnotationCommandTarget): Command[] {
  const names = labels.map((label) => label.name.toLocaleLowerCase());
  return labels.map((label, index) => {
    // An entity type may share its name with the claim label; the kind tells them apart.
    const shared = names.indexOf(names[index] ?? '') !== index || names.lastIndexOf(names[index] ?? '') !== index;
    return {
      name: `Label the selection as ${label.name}${shared ? ` (${label.kind})` : ''}`,
      ...(label.hotkey === null ? {} : { shortcut: label.hotkey.toUpperCase() }),
      keywords: label.kind,
      run: () => void annotation.labelSelection(label),
    };
  });
}
