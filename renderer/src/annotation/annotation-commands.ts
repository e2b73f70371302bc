import type { KeyBinding } from '../../../shared/commands/command-catalog';
import type { Label } from '../../../shared/model/annotation';
import { catalogCommand, type Command } from '../commands/command';
import type { CommandRegistry } from '../commands/command-registry';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { AnnotationActions } from './annotation-actions';
import type { WorkbenchModel } from '../model/workbench-model';
import type { AnnotationSession } from './annotation-session';

/** The annotation actions the commands run (AnnotationActions is one). */
export type AnnotationCommandTarget = Pick<
  AnnotationActions,
  | 'labelSelection'
  | 'pickLabelForSelection'
  | 'annotateAllOccurrences'
  | 'addSelectionAsPiece'
  | 'pickSpanLabel'
  | 'relabelSelected'
  | 'deleteSelected'
  | 'linkSelectedEntity'
  | 'linkClaimant'
  | 'startRelation'
  | 'cycle'
  | 'clearPending'
  | 'hasPending'
>;

export interface AnnotationCommandDeps {
  readonly actions: AnnotationCommandTarget;
  readonly session: {
    readonly model: Pick<WorkbenchModel, 'spanLabels' | 'selectedId' | 'subscribe'>;
    select: AnnotationSession['select'];
  };
  /** N: the selected annotation's note, in the side panel. */
  editNote(): void;
  /** Text is selected in the article (a label key then labels it rather than relabelling). */
  hasTextSelection(): boolean;
}

/**
 * The annotation commands of the catalog, and one "Label the selection as …" per span label, kept
 * in step with the schema. Alt with a key labels exactly the selected characters (no word snapping).
 */
export function registerAnnotationCommands(registry: CommandRegistry, deps: AnnotationCommandDeps): Disposable {
  const { actions, session } = deps;
  const exact = (invocation: { event?: { altKey: boolean } }) => invocation.event?.altKey ?? false;
  const store = new DisposableStore();
  for (const command of [
    catalogCommand('pick-label', (invocation) => actions.pickLabelForSelection(exact(invocation))),
    catalogCommand('annotate-all', () => actions.annotateAllOccurrences()),
    catalogCommand('add-piece', (invocation) => actions.addSelectionAsPiece(exact(invocation))),
    catalogCommand('relabel-annotation', async () => {
      const label = await actions.pickSpanLabel('Relabel the annotation as');
      if (label !== null) await actions.relabelSelected(label);
    }),
    catalogCommand('delete-annotation', () => actions.deleteSelected()),
    catalogCommand('link-entity', () => actions.linkSelectedEntity()),
    catalogCommand('link-claimant', () => actions.linkClaimant()),
    catalogCommand('add-relation', () => actions.startRelation()),
    catalogCommand('edit-note', () => deps.editNote()),
    catalogCommand('next-annotation', () => actions.cycle(1)),
    catalogCommand('previous-annotation', () => actions.cycle(-1)),
    // Esc drops collected pieces first, then the selection; with neither it is not ours.
    catalogCommand('deselect-annotation', () => {
      if (actions.hasPending) actions.clearPending();
      else if (session.model.selectedId !== null) session.select(null);
      else return false;
      return true;
    }),
  ]) {
    store.add(registry.register(command));
  }
  store.add(registerLabelCommands(registry, deps));
  return store;
}

/** Re-registers the label commands whenever the labels change (a renamed label, a new key). */
function registerLabelCommands(registry: CommandRegistry, deps: AnnotationCommandDeps): Disposable {
  let current = new DisposableStore();
  const sync = () => {
    current.dispose();
    current = new DisposableStore();
    for (const command of labelCommands(deps)) current.add(registry.register(command, 'user'));
  };
  sync();
  const unsubscribe = deps.session.model.subscribe((change) => {
    if (change.kind === 'labels') sync();
  });
  return {
    dispose: () => {
      unsubscribe();
      current.dispose();
    },
  };
}

/** "Label the selection as Person", one per span label, with its key. */
function labelCommands(deps: AnnotationCommandDeps): Command[] {
  const { actions, session } = deps;
  const labels = session.model.spanLabels;
  const names = labels.map((label) => label.name.toLocaleLowerCase());
  return labels.map((label, index) => {
    // An entity type may share its name with the claim label; the kind tells them apart.
    const shared = names.indexOf(names[index] ?? '') !== index || names.lastIndexOf(names[index] ?? '') !== index;
    return {
      id: `label:${label.id}`,
      title: `Label the selection as ${label.name}${shared ? ` (${label.kind})` : ''}`,
      group: 'label',
      keys: labelKeyBindings(label),
      run: ({ event }) => {
        const exact = event?.altKey ?? false;
        // With no text selected and no pieces collected, the key relabels the selected annotation.
        if (deps.hasTextSelection() || actions.hasPending || session.model.selectedId === null) {
          return actions.labelSelection(label, exact);
        }
        return actions.relabelSelected(label);
      },
    } satisfies Command;
  });
}

/**
 * A label's key, read by its place on the keyboard so Alt (exact selection) does not turn "1" into
 * "¡" on a Mac keyboard; a digit also on the number pad.
 */
function labelKeyBindings(label: Pick<Label, 'hotkey'>): KeyBinding[] {
  const key = label.hotkey;
  if (key === null) return [];
  const binding = (code: string, unlisted: boolean): KeyBinding => ({
    press: { code, alt: 'any' },
    on: 'article',
    when: ['!editingText'],
    ...(unlisted ? { unlisted: true } : {}),
  });
  if (/^\d$/u.test(key)) return [binding(`Digit${key}`, false), binding(`Numpad${key}`, true)];
  return [binding(`Key${key.toUpperCase()}`, false)];
}
