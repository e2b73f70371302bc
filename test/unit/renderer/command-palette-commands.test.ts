import { describe, expect, it, vi } from 'vitest';
import type { Label } from '../../../shared/model/annotation';
import {
  buildCommands,
  type AnnotationCommandTarget,
  type CommandContext,
} from '../../../renderer/src/command-palette/commands';

function label(id: number, kind: Label['kind'], name: string, hotkey: string | null): Label {
  return { id, kind, name, parentId: null, color: '#0072b2', hotkey, position: id };
}

function context(labels: readonly Label[]): { context: CommandContext; annotation: AnnotationCommandTarget } {
  const annotation: AnnotationCommandTarget = {
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
  };
  const noop = () => undefined;
  return {
    annotation,
    context: {
      mac: false,
      annotation,
      spanLabels: () => labels,
      deselect: noop,
      undo: noop,
      redo: noop,
      newArticle: noop,
      importFiles: noop,
      importFolder: noop,
      focusSearch: noop,
      showShortcuts: noop,
      showSchemaSettings: noop,
      toggleDetails: noop,
      sidePanelTabs: () => [
        { id: 'annotation', title: 'Annotation' },
        { id: 'annotations', title: 'Annotations' },
        { id: 'article', title: 'Article' },
      ],
      showSidePanelTab: noop,
      newProject: noop,
      openProject: noop,
      saveProjectAs: noop,
      exportProject: noop,
      importAnnotations: noop,
      trashArticle: noop,
    },
  };
}

const LABELS = [label(1, 'entity', 'Person', '1'), label(2, 'entity', 'Claim', null), label(3, 'claim', 'Claim', '7')];

describe('buildCommands', () => {
  it('gives every command a unique name', () => {
    const names = buildCommands(context(LABELS).context).map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists the annotation actions, one label command per span label, and the side-panel tabs', () => {
    const names = buildCommands(context(LABELS).context).map((command) => command.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Label the selection as Person',
        'Label the selection as Claim (entity)',
        'Label the selection as Claim (claim)',
        'Pick a label for the selection…',
        'Annotate all occurrences of the selection…',
        'Add the selection as a piece',
        'Relabel the selected annotation…',
        'Delete the selected annotation',
        'Link the selected annotation to an entity…',
        'Link a claimant to the selected claim…',
        'Add a relation from the selected annotation…',
        'Next annotation',
        'Previous annotation',
        'Deselect the annotation',
        'Undo',
        'Redo',
        'Annotation schema…',
        'Show the Annotations tab',
      ]),
    );
  });

  it('shows shortcuts and runs the action', () => {
    const { context: ctx, annotation } = context(LABELS);
    const commands = buildCommands(ctx);
    const person = commands.find((command) => command.name === 'Label the selection as Person');
    expect(person?.shortcut).toBe('1');
    person?.run();
    expect(annotation.labelSelection).toHaveBeenCalledWith(LABELS[0]);
    const next = commands.find((command) => command.name === 'Next annotation');
    next?.run();
    expect(annotation.cycle).toHaveBeenCalledWith(1);
    expect(commands.find((command) => command.name === 'Redo')?.shortcut).toBe('Ctrl+Shift+Z');
  });
});
