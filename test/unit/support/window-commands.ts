import { vi } from 'vitest';
import type { Label } from '../../../shared/model/annotation';
import {
  registerAnnotationCommands,
  type AnnotationCommandDeps,
  type AnnotationCommandTarget,
} from '../../../renderer/src/annotation/annotation-commands';
import type { ContextKey } from '../../../shared/commands/command-catalog';
import type { KeyEventLike } from '../../../renderer/src/commands/command';
import { CommandRegistry } from '../../../renderer/src/commands/command-registry';
import { historyCommands } from '../../../renderer/src/workbench/history-commands';
import {
  suggestionCommands,
  type SuggestionCommandTarget,
} from '../../../renderer/src/suggestions/suggestion-commands';
import { catalogCommand } from '../../../renderer/src/commands/command';
import { reviewCommands } from '../../../renderer/src/review/review-commands';
import { layerCommands } from '../../../renderer/src/layers/layer-commands';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { workbenchCommands, type WorkbenchCommandDeps } from '../../../renderer/src/workbench/workbench-commands';
import { curationCommands } from '../../../renderer/src/analysis/curation/curation-commands';
import type { CurationActions } from '../../../renderer/src/analysis/curation/curation-desk';

export function label(id: number, kind: Label['kind'], name: string, hotkey: string | null): Label {
  return { id, kind, name, parentId: null, color: '#0072b2', hotkey, position: id };
}

export const DEFAULT_SPAN_LABELS: readonly Label[] = [
  label(1, 'entity', 'Person', '1'),
  label(2, 'entity', 'Organisation', '2'),
  label(3, 'entity', 'Location', '3'),
  label(4, 'entity', 'Date/Time', '4'),
  label(5, 'entity', 'Event', '5'),
  label(6, 'entity', 'Other', '6'),
  label(7, 'claim', 'Claim', '7'),
];

export function annotationTarget(): { -readonly [K in keyof AnnotationCommandTarget]: AnnotationCommandTarget[K] } {
  return {
    labelSelection: vi.fn(async () => null),
    pickLabelForSelection: vi.fn(async () => null),
    annotateAllOccurrences: vi.fn(async () => []),
    addSelectionAsPiece: vi.fn(),
    pickSpanLabel: vi.fn(async () => null),
    relabelSelected: vi.fn(async () => undefined),
    deleteSelected: vi.fn(async () => undefined),
    linkSelectedEntity: vi.fn(async () => undefined),
    linkClaimant: vi.fn(async () => undefined),
    startRelation: vi.fn(async () => undefined),
    cycle: vi.fn(() => true),
    clearPending: vi.fn(),
    hasPending: false,
  };
}

/** A session stand-in whose model's labels can change, as the schema dialog changes them. */
export function fakeSession(labels: readonly Label[]) {
  const listeners = new Set<(change: { kind: 'labels'; touched: readonly number[] }) => void>();
  const model = {
    spanLabels: labels,
    selectedId: null as number | null,
    subscribe: (listener: (change: { kind: 'labels'; touched: readonly number[] }) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    model,
    select: vi.fn((id: number | null) => {
      model.selectedId = id;
    }),
    setLabels(next: readonly Label[]) {
      model.spanLabels = next;
      for (const listener of listeners) listener({ kind: 'labels', touched: next.map((label) => label.id) });
    },
  };
}

export function workbenchDeps(): WorkbenchCommandDeps {
  const later = async () => undefined;
  return {
    closeMenus: vi.fn(),
    newArticle: vi.fn(),
    importFiles: vi.fn(),
    importFolder: vi.fn(),
    importAnnotations: vi.fn(later),
    focusSearch: vi.fn(),
    shownArticle: vi.fn(() => null),
    trashArticle: vi.fn(later),
    notify: vi.fn(),
    startEditingText: vi.fn(),
    finishEditingText: vi.fn(async () => true),
    showSchemaSettings: vi.fn(),
    showSuggestionSources: vi.fn(),
    showShortcuts: vi.fn(),
    toggleDetails: vi.fn(),
    showCommandPalette: vi.fn(later),
    newProject: vi.fn(),
    openProject: vi.fn(),
    saveProjectAs: vi.fn(),
    checkProject: vi.fn(later),
    showExport: vi.fn(later),
    toggleAnalysis: vi.fn(),
  };
}

export function suggestionTarget() {
  return {
    actions: {
      step: vi.fn(() => true),
      accept: vi.fn(async () => []),
      acceptAs: vi.fn(async () => []),
      acceptAllOfEntity: vi.fn(async () => []),
      reject: vi.fn(async () => undefined),
    },
    corpus: { fromArticle: vi.fn(async () => []) },
    showRejections: vi.fn(async () => undefined),
  } satisfies SuggestionCommandTarget;
}

/** A curation view stand-in, on screen while `desk.active` is it. */
export function curationTarget() {
  const view = {
    isShown: true,
    decide: vi.fn<CurationActions['decide']>(async () => undefined),
    edit: vi.fn<CurationActions['edit']>(async () => undefined),
    step: vi.fn<CurationActions['step']>(),
  } satisfies CurationActions;
  const desk: { active: CurationActions | null } = { active: view };
  return { view, desk };
}

/** The window's command registry as start-workbench.ts fills it, over stand-ins for what it acts on. */
export function windowRegistry(facts: Partial<Record<ContextKey, boolean>> = {}, labels = DEFAULT_SPAN_LABELS) {
  const registry = new CommandRegistry((key) => facts[key] ?? false, vi.fn());
  const actions = annotationTarget();
  const session = fakeSession(labels);
  const annotationDeps: AnnotationCommandDeps = { actions, session, editNote: vi.fn(), hasTextSelection: () => false };
  registerAnnotationCommands(registry, annotationDeps);
  const history = historyCommands({
    saveTextEdit: async () => true,
    undo: async () => undefined,
    redo: async () => undefined,
    textEntryFocused: () => facts.textEntryFocused ?? false,
    nativeEdit: vi.fn(),
  });
  const deps = workbenchDeps();
  const team = [
    catalogCommand('set-annotator', () => undefined),
    ...reviewCommands({
      api: { invoke: () => Promise.resolve(null) } as unknown as WorkbenchApi,
      shownArticle: () => null,
      track: (write) => write(),
      notify: () => undefined,
    }),
    ...layerCommands({
      display: { cycleMode: () => 'single', toggleColleagues: () => false },
      hasLayers: () => false,
      importLayer: async () => undefined,
      notify: () => undefined,
    }),
  ];
  const suggestions = suggestionTarget();
  const curation = curationTarget();
  for (const command of [
    ...history,
    ...workbenchCommands(deps),
    ...suggestionCommands(suggestions),
    ...team,
    ...curationCommands(curation.desk),
  ]) {
    registry.register(command);
  }
  return { registry, actions, session, deps, suggestions, curation, facts };
}

/** A key press as a KeyboardEvent would report it: no modifiers, aimed at nothing in particular. */
export function keyEvent(press: Partial<KeyEventLike>): KeyEventLike {
  return {
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    isComposing: false,
    target: null,
    ...press,
  };
}
