import fc from 'fast-check';
import type { Label, LabelEdit, LabelRemoval, NewLabel } from '../../../../../shared/model/annotation';
import { addLabel, removeLabel, updateLabel } from '../model/label-rules';
import type { ProjectModel } from '../model/project-model';
import { COLORS, HOTKEYS, LABEL_NAMES } from '../sample-texts';
import { command, type ModelCommand } from './command';
import { chosen, chosenId, fromPool, nth, pick, rarely } from './picks';

const labelsOf = (model: ProjectModel) => [...model.labels.values()].sort((a, b) => a.id - b.id);
const KINDS: Label['kind'][] = ['entity', 'claim', 'relation', 'document', 'claim-attribute', 'claim-attribute'];

/** Adds a label of any kind; a claim attribute mostly as a value of an existing attribute. */
export const addLabelCommand: fc.Arbitrary<ModelCommand> = fc
  .record({
    kind: fc.nat(),
    name: fromPool(LABEL_NAMES),
    color: fromPool(COLORS),
    hotkey: fromPool(HOTKEYS),
    parent: pick,
    orphanValue: rarely,
  })
  .map((spec) =>
    command(`addLabel ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const attributes = model.labelsOf('claim-attribute').filter((label) => label.parentId === null);
      const kind = nth(KINDS, spec.kind);
      // A value belongs to an attribute; rarely a label of another kind asks for a parent too.
      const hasParent = (kind === 'claim-attribute' && spec.kind % 2 === 0) || spec.orphanValue;
      const input: NewLabel = {
        kind,
        name: spec.name,
        color: spec.color,
        hotkey: spec.hotkey,
        parentId: hasParent ? chosenId(attributes, spec.parent) : null,
      };
      world.outside(`addLabel ${JSON.stringify(input)}`, (store) => store.addLabel(input), addLabel(model, input));
    }),
  );

export const updateLabelCommand: fc.Arbitrary<ModelCommand> = fc
  .record(
    { label: pick, name: fromPool(LABEL_NAMES), color: fromPool(COLORS), hotkey: fromPool(HOTKEYS) },
    { requiredKeys: ['label'] },
  )
  .map((spec) =>
    command(`updateLabel ${JSON.stringify(spec)}`, (world) => {
      const id = chosenId(labelsOf(world.model), spec.label);
      const edit: LabelEdit = {
        ...(spec.name === undefined ? {} : { name: spec.name }),
        ...(spec.color === undefined ? {} : { color: spec.color }),
        ...(spec.hotkey === undefined ? {} : { hotkey: spec.hotkey }),
      };
      world.outside(
        `updateLabel ${id} ${JSON.stringify(edit)}`,
        (store) => store.updateLabel(id, edit),
        updateLabel(world.model, id, edit),
      );
    }),
  );

/** Removes a label, deleting what uses it or moving that to a label of the same kind (a sibling value). */
export const removeLabelCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ label: pick, reassign: fc.boolean(), to: pick })
  .map((spec) =>
    command(`removeLabel ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const label = chosen(labelsOf(model), spec.label);
      const id = label?.id ?? chosenId([], spec.label);
      const sameKind = labelsOf(model).filter(
        (other) => other.kind === label?.kind && other.parentId === label.parentId && other.id !== id,
      );
      const decision: LabelRemoval = spec.reassign
        ? { kind: 'reassign', toLabelId: chosenId(sameKind, spec.to) }
        : { kind: 'delete-annotations' };
      world.outside(
        `removeLabel ${id} ${JSON.stringify(decision)}`,
        (store) => store.removeLabel(id, decision),
        removeLabel(model, id, decision),
      );
    }),
  );
