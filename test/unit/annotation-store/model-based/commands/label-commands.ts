import fc from 'fast-check';
import type { Label, LabelEdit, LabelRemoval, NewLabel } from '../../../../../shared/model/annotation';
import { AnnotationSchemaDefinition } from '../../../../../shared/model/annotation';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../../../shared/model/default-annotation-schema';
import { addLabel, importSchema, removeLabel, updateLabel } from '../model/label-rules';
import { expectSame } from '../model/same';
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

/** Imports the default schema, which brings back default labels removed or renamed since. */
export const importDefaultSchemaCommand: fc.Arbitrary<ModelCommand> = fc.constant(
  command('importAnnotationSchema (the default schema)', (world) =>
    world.outside(
      'importAnnotationSchema (the default schema)',
      (store) => store.importAnnotationSchema(DEFAULT_ANNOTATION_SCHEMA),
      importSchema(world.model, DEFAULT_ANNOTATION_SCHEMA),
    ),
  ),
);

/**
 * Exports the schema as the Schema dialog does: a file the contract accepts (it checks the result)
 * and that, imported into the same project, adds nothing. A project without a claim label has no
 * schema file to give.
 */
export const schemaRoundTripCommand: fc.Arbitrary<ModelCommand> = fc.constant(
  command('exportAnnotationSchema, then import it again', (world) => {
    const hasClaimLabel = world.model.labelsOf('claim').length > 0;
    world.unchangedBy('exporting the schema and importing it again', (store) => {
      let exported: unknown;
      try {
        exported = store.exportAnnotationSchema();
      } catch (error) {
        if (hasClaimLabel) throw error;
        return;
      }
      const checked = AnnotationSchemaDefinition.safeParse(exported);
      expectSame(checked.error?.issues[0] ?? null, null, 'what the contract says about the exported schema');
      expectSame(store.importAnnotationSchema(exported), 0, 'the labels added by importing the project’s own schema');
    });
  }),
);
