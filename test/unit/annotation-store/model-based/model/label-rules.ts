import {
  AnnotationSchemaDefinition,
  LabelEdit,
  NewLabel,
  type Label,
  type LabelDefinition,
  type LabelRemoval,
} from '../../../../../shared/model/annotation';
import { removeAnnotations, removeRelation } from './annotation-rules';
import { REFUSED, succeeds, type Prediction } from './prediction';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';

function siblings(model: ProjectModel, kind: Label['kind'], parentId: number | null): Label[] {
  return [...model.labels.values()].filter((label) => label.kind === kind && label.parentId === parentId);
}

/** Names are unique among labels of one kind and parent, as people read them (any case, any script). */
function nameTaken(model: ProjectModel, kind: Label['kind'], parentId: number | null, name: string, self?: number) {
  const key = name.trim().toLocaleLowerCase();
  return siblings(model, kind, parentId).some((label) => label.id !== self && label.name.toLocaleLowerCase() === key);
}

function hotkeyTaken(model: ProjectModel, hotkey: string | null | undefined, self?: number): boolean {
  return (
    hotkey !== null &&
    hotkey !== undefined &&
    [...model.labels.values()].some((label) => label.hotkey === hotkey && label.id !== self)
  );
}

export function addLabel(model: ProjectModel, input: NewLabel): Prediction<Label> {
  if (!NewLabel.safeParse(input).success) return REFUSED;
  const parentId = input.parentId ?? null;
  if (parentId !== null) {
    const parent = model.labels.get(parentId);
    if (input.kind !== 'claim-attribute' || parent?.kind !== 'claim-attribute' || parent.parentId !== null) {
      return REFUSED;
    }
  }
  if (nameTaken(model, input.kind, parentId, input.name) || hotkeyTaken(model, input.hotkey)) return REFUSED;
  const positions = siblings(model, input.kind, parentId).map((label) => label.position);
  return succeeds((result) => {
    const expected: Label = {
      id: result.id,
      kind: input.kind,
      name: input.name.trim(),
      parentId,
      color: input.color,
      hotkey: input.hotkey ?? null,
      position: positions.length === 0 ? 0 : Math.max(...positions) + 1,
    };
    expectSame(result, expected, 'the label added');
    model.labels.set(result.id, expected);
  });
}

/** Renames, recolours and re-keys a label, all or nothing; only what is given changes. */
export function updateLabel(model: ProjectModel, id: number, edit: LabelEdit): Prediction<Label> {
  const label = model.labels.get(id);
  // The contract asks for something to change; the store takes an empty edit as changing nothing.
  const empty = Object.keys(edit).length === 0;
  if (label === undefined || (!empty && !LabelEdit.safeParse(edit).success)) return REFUSED;
  if (edit.name !== undefined && nameTaken(model, label.kind, label.parentId, edit.name, id)) return REFUSED;
  if (hotkeyTaken(model, edit.hotkey, id)) return REFUSED;
  const expected: Label = {
    ...label,
    ...(edit.name === undefined ? {} : { name: edit.name.trim() }),
    ...(edit.color === undefined ? {} : { color: edit.color }),
    ...(edit.hotkey === undefined ? {} : { hotkey: edit.hotkey }),
  };
  return succeeds((result) => {
    expectSame(result, expected, 'the label edited');
    model.labels.set(id, expected);
  });
}

/** Whether a claim attribute answer uses the label: as the attribute, the value, or a value of it. */
function answerUses(model: ProjectModel, labelId: number, attributeId: number, valueId: number): boolean {
  return attributeId === labelId || valueId === labelId || model.labels.get(valueId)?.parentId === labelId;
}

/**
 * Removing a label first deletes or moves what uses it, as the caller decided; entities of a type
 * are never deleted with it. A claim attribute's values go with it.
 */
export function removeLabel(model: ProjectModel, id: number, decision: LabelRemoval): Prediction<void> {
  const label = model.labels.get(id);
  if (label === undefined) return REFUSED;
  if (decision.kind === 'reassign') {
    const target = model.labels.get(decision.toLabelId);
    if (target === undefined || target.id === id || target.kind !== label.kind) return REFUSED;
    if (label.kind === 'claim-attribute' && (label.parentId === null || target.parentId !== label.parentId)) {
      return REFUSED;
    }
    return succeeds(() => {
      reassign(model, id, target.id);
      forgetLabel(model, id);
    });
  }
  if ([...model.entities.values()].some((entity) => entity.typeLabelId === id)) return REFUSED;
  return succeeds(() => {
    removeAnnotations(model, new Set([...model.annotations.values()].filter((a) => a.labelId === id).map((a) => a.id)));
    for (const relation of [...model.relations.values()]) {
      if (relation.typeLabelId === id) removeRelation(model, relation.id);
    }
    for (const annotation of model.annotations.values()) {
      const attributes = annotation.claim?.attributes;
      if (attributes === undefined) continue;
      for (const [attributeId, valueId] of Object.entries(attributes)) {
        if (answerUses(model, id, Number(attributeId), valueId)) Reflect.deleteProperty(attributes, attributeId);
      }
    }
    forgetLabel(model, id);
  });
}

function reassign(model: ProjectModel, from: number, to: number): void {
  for (const annotation of model.annotations.values()) {
    if (annotation.labelId === from) annotation.labelId = to;
    const attributes = annotation.claim?.attributes ?? {};
    for (const [attributeId, valueId] of Object.entries(attributes)) {
      if (valueId === from) attributes[Number(attributeId)] = to;
    }
  }
  for (const entity of model.entities.values()) if (entity.typeLabelId === from) entity.typeLabelId = to;
  for (const relation of model.relations.values()) if (relation.typeLabelId === from) relation.typeLabelId = to;
  for (const labels of model.documentLabels.values()) {
    if (labels.delete(from)) labels.add(to);
  }
}

/** The label goes, with its values if it is a claim attribute, every document labelling by it and its rejections. */
function forgetLabel(model: ProjectModel, id: number): void {
  for (const label of [...model.labels.values()]) {
    if (label.id === id || label.parentId === id) model.labels.delete(label.id);
  }
  for (const labels of model.documentLabels.values()) labels.delete(id);
  // Rejections of suggestions with the label mean nothing without it.
  for (const rejection of [...model.rejections.values()]) {
    if (!model.labels.has(rejection.labelId)) model.rejections.delete(rejection.id);
  }
}

/**
 * Importing a schema adds the labels the project lacks (same kind, parent and name in any case),
 * each after its siblings, and keeps those it has as they are; a key already taken refuses it all.
 */
export function importSchema(model: ProjectModel, definition: AnnotationSchemaDefinition): Prediction<number> {
  if (!AnnotationSchemaDefinition.safeParse(definition).success) return REFUSED;
  const labels = [...model.labels.values()];
  let nextId = Math.max(0, ...labels.map((label) => label.id)) + 1;
  const added: Label[] = [];
  let clash = false;
  const ensure = (kind: Label['kind'], parentId: number | null, { name, color, hotkey }: LabelDefinition): Label => {
    const key = name.toLocaleLowerCase();
    const siblings = labels.filter((label) => label.kind === kind && label.parentId === parentId);
    const existing = siblings.find((label) => label.name.toLocaleLowerCase() === key);
    if (existing !== undefined) return existing;
    if (hotkey !== undefined && labels.some((label) => label.hotkey === hotkey)) clash = true;
    const position = siblings.length === 0 ? 0 : Math.max(...siblings.map((label) => label.position)) + 1;
    const label: Label = { id: nextId++, kind, name, parentId, color, hotkey: hotkey ?? null, position };
    labels.push(label);
    added.push(label);
    return label;
  };
  for (const type of definition.entityTypes) ensure('entity', null, type);
  ensure('claim', null, definition.claim);
  for (const attribute of definition.claimAttributes) {
    const parent = ensure('claim-attribute', null, attribute);
    for (const value of attribute.values) ensure('claim-attribute', parent.id, value);
  }
  for (const type of definition.relationTypes) ensure('relation', null, type);
  for (const label of definition.documentLabels) ensure('document', null, label);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside ensure(), which TypeScript does not follow.
  if (clash) return REFUSED;
  return succeeds((count) => {
    expectSame(count, added.length, 'the number of labels imported');
    for (const label of added) model.labels.set(label.id, label);
  });
}
