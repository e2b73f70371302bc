import { EntityDraft, EntityEdit, type Entity } from '../../../../../shared/model/annotation';
import { REFUSED, succeeds, type Prediction } from './prediction';
import { omit } from './omit';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';

/** The name is no alias of its own entity: aliases equal to it are not kept. */
function aliasesBeside(name: string, aliases: readonly string[]): string[] {
  return [...new Set(aliases.filter((alias) => alias !== name))];
}

function isEntityType(model: ProjectModel, labelId: number): boolean {
  return model.labels.get(labelId)?.kind === 'entity';
}

/** The entity a valid draft becomes (without its id), or null if the store must refuse it. */
function entityFor(model: ProjectModel, draft: EntityDraft): Omit<Entity, 'id'> | null {
  if (!EntityDraft.safeParse(draft).success || !isEntityType(model, draft.typeLabelId)) return null;
  const name = draft.name.trim();
  return {
    typeLabelId: draft.typeLabelId,
    name,
    aliases: aliasesBeside(
      name,
      (draft.aliases ?? []).map((alias) => alias.trim()),
    ),
    externalIds: (draft.externalIds ?? []).map(({ scheme, value }) => ({ scheme, value })),
    ...(draft.note === undefined ? {} : { note: draft.note.trim() }),
  };
}

function added(model: ProjectModel, entity: Omit<Entity, 'id'>, result: Entity): void {
  const expected = { id: result.id, ...entity };
  expectSame(result, expected, 'the entity created');
  model.entities.set(result.id, expected);
}

export function createEntity(model: ProjectModel, draft: EntityDraft): Prediction<Entity> {
  const entity = entityFor(model, draft);
  return entity === null ? REFUSED : succeeds((result) => added(model, entity, result));
}

/**
 * Changing an entity changes exactly the fields given and keeps every other as stored. A new name
 * drops an alias equal to it; `note: null` clears the note.
 */
export function updateEntity(model: ProjectModel, id: number, edit: EntityEdit): Prediction<Entity> {
  const current = model.entities.get(id);
  if (current === undefined || !EntityEdit.safeParse(edit).success) return REFUSED;
  if (edit.typeLabelId !== undefined && !isEntityType(model, edit.typeLabelId)) return REFUSED;
  const name = edit.name?.trim() ?? current.name;
  const note = edit.note === undefined ? current.note : (edit.note?.trim() ?? undefined);
  const renamedOrRealiased = edit.name !== undefined || edit.aliases !== undefined;
  const rest = omit(current, 'note');
  const expected: Entity = {
    ...rest,
    typeLabelId: edit.typeLabelId ?? current.typeLabelId,
    name,
    aliases: renamedOrRealiased
      ? aliasesBeside(name, edit.aliases?.map((alias) => alias.trim()) ?? current.aliases)
      : current.aliases,
    externalIds: edit.externalIds?.map(({ scheme, value }) => ({ scheme, value })) ?? current.externalIds,
    ...(note === undefined ? {} : { note }),
  };
  return succeeds((result) => {
    expectSame(result, expected, 'the entity edited');
    model.entities.set(id, expected);
  });
}

/**
 * Merging moves the merged entity's mentions, claims by and about it, its name and aliases (as
 * aliases), ids and note to the kept entity, and deletes it.
 */
export function mergeEntities(model: ProjectModel, keptId: number, mergedId: number): Prediction<Entity> {
  const kept = model.entities.get(keptId);
  const merged = model.entities.get(mergedId);
  if (kept === undefined || merged === undefined || keptId === mergedId) return REFUSED;
  const externalIds = [...kept.externalIds];
  for (const id of merged.externalIds) {
    if (!externalIds.some((own) => own.scheme === id.scheme && own.value === id.value)) externalIds.push(id);
  }
  const notes = [kept.note, merged.note].filter((note) => note !== undefined);
  const aliases = aliasesBeside(kept.name, [...kept.aliases, merged.name, ...merged.aliases]);
  const note = notes.length === 0 ? undefined : notes.join('\n\n');
  // What would be more than an entity holds is refused rather than stored beyond the model's limits.
  if (aliases.length > 100 || externalIds.length > 50 || (note?.length ?? 0) > 20_000) return REFUSED;
  const expected: Entity = {
    ...omit(kept, 'note'),
    aliases,
    externalIds,
    ...(note === undefined ? {} : { note }),
  };
  return succeeds((result) => {
    expectSame(result, expected, 'the entity kept');
    model.entities.set(keptId, expected);
    model.entities.delete(mergedId);
    for (const annotation of model.annotations.values()) {
      if (annotation.entityId === mergedId) annotation.entityId = keptId;
      const claim = annotation.claim;
      if (claim === undefined) continue;
      if (claim.claimantEntityId === mergedId) claim.claimantEntityId = keptId;
      if (claim.aboutEntityIds.includes(mergedId)) {
        const others = claim.aboutEntityIds.filter((entityId) => entityId !== mergedId);
        claim.aboutEntityIds = others.includes(keptId) ? others : [...others, keptId];
      }
    }
  });
}

/** Splitting links one mention to a new entity; only a linked mention can be split off. */
export function splitMentionOff(model: ProjectModel, annotationId: number, draft: EntityDraft): Prediction<Entity> {
  const annotation = model.annotations.get(annotationId);
  const entity = entityFor(model, draft);
  if (annotation?.entityId === undefined || entity === null) return REFUSED;
  return succeeds((result) => {
    added(model, entity, result);
    annotation.entityId = result.id;
  });
}
