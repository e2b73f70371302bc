import {
  AnnotationEdit,
  type ClaimDetails,
  Fragments,
  NewAnnotation,
  type Annotation,
  type TextFragment,
} from '../../../../../shared/model/annotation';
import { REFUSED, succeeds, type Prediction } from './prediction';
import { omit } from './omit';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';
import { quoteOf, validFragments } from './text-rules';

/** A note as stored: trimmed, not empty, not too long; null if the store must refuse it. */
export function noteText(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  return trimmed.length >= 1 && trimmed.length <= 20_000 ? trimmed : null;
}

/** Whether the claim's references exist and fit: claimant, claimant mention in the article, subjects, attribute values. */
function claimFits(model: ProjectModel, articleId: number, selfId: number | undefined, claim: ClaimDetails): boolean {
  const { claimantEntityId, claimantAnnotationId, aboutEntityIds, attributes } = claim;
  if (claimantEntityId !== undefined && !model.entities.has(claimantEntityId)) return false;
  if (claimantAnnotationId !== undefined) {
    const claimant = model.annotations.get(claimantAnnotationId);
    if (claimantAnnotationId === selfId || claimant?.articleId !== articleId) return false;
  }
  if (!aboutEntityIds.every((id) => model.entities.has(id))) return false;
  return Object.entries(attributes).every(([attributeId, valueId]) => {
    const attribute = model.labels.get(Number(attributeId));
    const value = model.labels.get(valueId);
    return attribute?.kind === 'claim-attribute' && attribute.parentId === null && value?.parentId === attribute.id;
  });
}

/** The claim as the store gives it back: optional parts only where set. */
function storedClaim(claim: ClaimDetails): ClaimDetails {
  return {
    aboutEntityIds: [...claim.aboutEntityIds],
    attributes: { ...claim.attributes },
    ...(claim.claimantEntityId === undefined ? {} : { claimantEntityId: claim.claimantEntityId }),
    ...(claim.claimantAnnotationId === undefined ? {} : { claimantAnnotationId: claim.claimantAnnotationId }),
    ...(claim.date === undefined ? {} : { date: claim.date }),
  };
}

/** Entity links only on entity mentions, claim details only on claims, and only those two kinds mark text. */
function shapeFits(model: ProjectModel, labelId: number, entityId: number | undefined, claim: unknown): boolean {
  const kind = model.labels.get(labelId)?.kind;
  if (kind !== 'entity' && kind !== 'claim') return false;
  if (entityId !== undefined && (kind !== 'entity' || !model.entities.has(entityId))) return false;
  return claim === undefined || kind === 'claim';
}

/** The annotation a valid input becomes (without its id), or null if the store must refuse the input. */
function annotationFor(model: ProjectModel, input: NewAnnotation): Omit<Annotation, 'id'> | null {
  if (!NewAnnotation.safeParse(input).success) return null;
  const text = model.article(input.articleId)?.text;
  if (text === undefined || !validFragments(text, input.fragments)) return null;
  if (!shapeFits(model, input.labelId, input.entityId, input.claim)) return null;
  if (input.claim !== undefined && !claimFits(model, input.articleId, undefined, input.claim)) return null;
  const note = input.note === undefined ? undefined : noteText(input.note);
  if (note === null) return null;
  const fragments = input.fragments.map(({ start, end }) => ({ start, end }));
  return {
    articleId: input.articleId,
    labelId: input.labelId,
    fragments,
    quote: quoteOf(text, fragments),
    orphaned: false,
    ...(input.entityId === undefined ? {} : { entityId: input.entityId }),
    ...(input.claim === undefined ? {} : { claim: storedClaim(input.claim) }),
    ...(note === undefined ? {} : { note }),
  };
}

/** Creating annotations: all of them, in text order, or none if one is invalid. */
export function createAnnotations(model: ProjectModel, inputs: readonly NewAnnotation[]): Prediction<Annotation[]> {
  const made = inputs.map((input) => annotationFor(model, input));
  if (made.some((annotation) => annotation === null)) return REFUSED;
  return succeeds((result) => {
    // Ids follow the order of creation; the list comes back in text order.
    const ids = result.map((annotation) => annotation.id).sort((a, b) => a - b);
    const expected = made.map((annotation, i) => ({ id: ids[i] ?? -1, ...annotation }) as Annotation);
    for (const annotation of expected) model.annotations.set(annotation.id, annotation);
    const inTextOrder = [...expected].sort(
      (a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0) || a.id - b.id,
    );
    expectSame(result, inTextOrder, 'the annotations created');
  }, inputs.length > 0);
}

export function createAnnotation(model: ProjectModel, input: NewAnnotation): Prediction<Annotation> {
  const many = createAnnotations(model, [input]);
  return many.refused ? REFUSED : succeeds((annotation) => many.apply([annotation]));
}

/** Changing an annotation changes exactly the fields given; null removes a link, claim or note. */
export function updateAnnotation(model: ProjectModel, id: number, edit: AnnotationEdit): Prediction<Annotation> {
  const current = model.annotations.get(id);
  if (current === undefined || !AnnotationEdit.safeParse(edit).success) return REFUSED;
  const labelId = edit.labelId ?? current.labelId;
  const entityId = edit.entityId === undefined ? current.entityId : (edit.entityId ?? undefined);
  const claim = edit.claim === undefined ? current.claim : (edit.claim ?? undefined);
  if (!shapeFits(model, labelId, entityId, claim)) return REFUSED;
  if (edit.claim !== undefined && edit.claim !== null && !claimFits(model, current.articleId, id, edit.claim)) {
    return REFUSED;
  }
  const note = edit.note === undefined ? current.note : edit.note === null ? undefined : noteText(edit.note);
  if (note === null) return REFUSED;
  const rest = omit(current, 'entityId', 'claim', 'note');
  const expected: Annotation = {
    ...rest,
    labelId,
    ...(entityId === undefined ? {} : { entityId }),
    ...(claim === undefined ? {} : { claim: storedClaim(claim) }),
    ...(note === undefined ? {} : { note }),
  };
  return succeeds((result) => {
    expectSame(result, expected, 'the annotation edited');
    model.annotations.set(id, expected);
  });
}

/** Deleting annotations takes their relations (with those relations' notes) and their claimant links with them. */
export function removeAnnotations(model: ProjectModel, ids: ReadonlySet<number>): void {
  for (const id of ids) model.annotations.delete(id);
  for (const relation of [...model.relations.values()]) {
    if (ids.has(relation.sourceAnnotationId) || ids.has(relation.targetAnnotationId)) {
      removeRelation(model, relation.id);
    }
  }
  for (const annotation of model.annotations.values()) {
    const claimant = annotation.claim?.claimantAnnotationId;
    if (annotation.claim !== undefined && claimant !== undefined && ids.has(claimant)) {
      annotation.claim = omit(annotation.claim, 'claimantAnnotationId');
    }
  }
}

export function removeRelation(model: ProjectModel, id: number): void {
  model.relations.delete(id);
  for (const note of [...model.notes.values()]) {
    if (note.target.kind === 'relation' && note.target.relationId === id) model.notes.delete(note.id);
  }
}

export function deleteAnnotations(model: ProjectModel, ids: readonly number[]): Prediction<number> {
  const existing = new Set(ids.filter((id) => model.annotations.has(id)));
  return succeeds((count) => {
    expectSame(count, existing.size, 'the number of annotations deleted');
    removeAnnotations(model, existing);
  }, existing.size > 0);
}

/** Re-attaching gives an annotation (orphan or not) new fragments in its article's current text. */
export function reattachAnnotation(
  model: ProjectModel,
  id: number,
  fragments: readonly TextFragment[],
): Prediction<Annotation> {
  const current = model.annotations.get(id);
  const text = current === undefined ? undefined : model.article(current.articleId)?.text;
  if (current === undefined || text === undefined || !Fragments.safeParse(fragments).success) return REFUSED;
  if (!validFragments(text, fragments)) return REFUSED;
  const copied = fragments.map(({ start, end }) => ({ start, end }));
  const expected: Annotation = { ...current, fragments: copied, quote: quoteOf(text, copied), orphaned: false };
  return succeeds((result) => {
    expectSame(result, expected, 'the annotation re-attached');
    model.annotations.set(id, expected);
  });
}
