import fc from 'fast-check';
import type { EntityEdit } from '../../../../../shared/model/annotation';
import { createEntity, mergeEntities, splitMentionOff, updateEntity } from '../model/entity-rules';
import { EXTERNAL_IDS, NAMES, NOTES } from '../sample-texts';
import { annotationsOf, entitiesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosen, chosenId, fromPool, mostly, pick } from './picks';
import { draftIn, draftSpec } from './specs';

export const createEntityCommand: fc.Arbitrary<ModelCommand> = draftSpec.map((spec) =>
  command(`createEntity ${JSON.stringify(spec)}`, (world) => {
    const draft = draftIn(world.model, spec);
    world.recorded(
      `createEntity ${JSON.stringify(draft)}`,
      (store) => store.createEntity(draft),
      createEntity(world.model, draft),
    );
  }),
);

/** Edits some fields of an entity, often one, as the entity panel saves them. */
export const updateEntityCommand: fc.Arbitrary<ModelCommand> = fc
  .record(
    {
      entity: pick,
      type: fc.record({ which: pick, ofEntity: mostly }),
      name: fromPool(NAMES),
      aliases: fc.uniqueArray(fc.constantFrom(...NAMES.valid), { maxLength: 3 }),
      externalIds: fc.uniqueArray(fromPool(EXTERNAL_IDS), { maxLength: 2 }),
      note: fc.option(fromPool(NOTES)),
    },
    { requiredKeys: ['entity'] },
  )
  .map((spec) =>
    command(`updateEntity ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const id = chosenId(entitiesOf(model), spec.entity);
      const types = model.labelsOf(spec.type?.ofEntity === false ? 'relation' : 'entity');
      const edit: EntityEdit = {
        ...(spec.type === undefined ? {} : { typeLabelId: chosenId(types, spec.type.which) }),
        ...(spec.name === undefined ? {} : { name: spec.name }),
        ...(spec.aliases === undefined ? {} : { aliases: [...spec.aliases] }),
        ...(spec.externalIds === undefined ? {} : { externalIds: spec.externalIds.map((id) => ({ ...id })) }),
        ...(spec.note === undefined ? {} : { note: spec.note }),
      };
      world.recorded(
        `updateEntity ${id} ${JSON.stringify(edit)}`,
        (store) => store.updateEntity(id, edit),
        updateEntity(model, id, edit),
      );
    }),
  );

export const mergeEntitiesCommand: fc.Arbitrary<ModelCommand> = fc.record({ kept: pick, merged: pick }).map((spec) =>
  command(`mergeEntities ${JSON.stringify(spec)}`, (world) => {
    const entities = entitiesOf(world.model);
    const keptId = chosenId(entities, spec.kept);
    const mergedId = chosenId(entities, spec.merged);
    world.recorded(
      `mergeEntities ${keptId} ← ${mergedId}`,
      (store) => store.mergeEntities(keptId, mergedId),
      mergeEntities(world.model, keptId, mergedId),
    );
  }),
);

/** Splits a mention off to a new entity; mostly a linked mention, now and then one that is not linked. */
export const splitMentionCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ annotation: pick, linked: mostly, draft: draftSpec })
  .map((spec) =>
    command(`splitMentionOff ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const mentions = annotationsOf(model).filter((annotation) => !spec.linked || annotation.entityId !== undefined);
      const id = chosen(mentions, spec.annotation)?.id ?? chosenId([], spec.annotation);
      const draft = draftIn(model, spec.draft);
      world.recorded(
        `splitMentionOff ${id} ${JSON.stringify(draft)}`,
        (store) => store.splitMentionOff(id, draft),
        splitMentionOff(model, id, draft),
      );
    }),
  );
