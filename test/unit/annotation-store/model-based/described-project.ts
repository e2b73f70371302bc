import type { ProjectStore } from '../../../../main/store/project-store';
import { ProjectModel } from './model/project-model';

/** A list in a stable order whatever the row ids were. */
function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * A project's articles (those not in the trash) and entities as a reader compares two projects:
 * by names, texts and positions, never by row ids, which differ between projects.
 */
export function describedProject(store: ProjectStore) {
  const model = ProjectModel.read(store);
  const label = (id: number) => {
    const found = model.labels.get(id);
    if (found === undefined) return `missing label ${id}`;
    const parent = found.parentId === null ? '' : `${model.labels.get(found.parentId)?.name ?? '?'} / `;
    return `${found.kind}: ${parent}${found.name}`;
  };
  const entity = (id: number | undefined) => {
    const found = id === undefined ? undefined : model.entities.get(id);
    if (found === undefined) return id === undefined ? null : `missing entity ${id}`;
    const { name, typeLabelId, aliases, externalIds, note } = found;
    return { name, type: label(typeLabelId), aliases, externalIds, note: note ?? null };
  };
  const listed = [...model.articles.values()].filter((article) => !article.trashed);
  const titleOf = (articleId: number) => model.articles.get(articleId)?.title ?? '?';
  const annotationAt = (id: number | undefined) => {
    const found = id === undefined ? undefined : model.annotations.get(id);
    if (found === undefined) return id === undefined ? null : `missing annotation ${id}`;
    return { article: titleOf(found.articleId), fragments: found.fragments };
  };
  const exported = (annotationId: number) =>
    listed.some((article) => article.id === model.annotations.get(annotationId)?.articleId);
  return {
    entities: sorted([...model.entities.keys()].map(entity)),
    articles: sorted(
      listed.map((article) => ({
        title: article.title,
        text: article.text,
        metadata: article.metadata,
        documentLabels: sorted([...(model.documentLabels.get(article.id) ?? [])].map(label)),
        notes: sorted(
          [...model.notes.values()]
            .filter((note) => note.target.kind === 'article' && note.target.articleId === article.id)
            .map((note) => note.text),
        ),
        annotations: model.annotationsIn(article.id).map((annotation) => ({
          label: label(annotation.labelId),
          fragments: annotation.fragments,
          quote: annotation.quote,
          orphaned: annotation.orphaned,
          entity: entity(annotation.entityId),
          note: annotation.note ?? null,
          claim:
            annotation.claim === undefined
              ? null
              : {
                  claimant: entity(annotation.claim.claimantEntityId),
                  claimantMention: annotationAt(annotation.claim.claimantAnnotationId),
                  about: annotation.claim.aboutEntityIds.map(entity),
                  attributes: sorted(
                    Object.entries(annotation.claim.attributes).map(([a, v]) => [label(+a), label(v)]),
                  ),
                  date: annotation.claim.date ?? null,
                },
        })),
        relations: sorted(
          [...model.relations.values()]
            .filter(
              (relation) =>
                model.annotations.get(relation.sourceAnnotationId)?.articleId === article.id &&
                exported(relation.targetAnnotationId),
            )
            .map((relation) => ({
              type: label(relation.typeLabelId),
              source: annotationAt(relation.sourceAnnotationId),
              target: annotationAt(relation.targetAnnotationId),
              notes: sorted(
                [...model.notes.values()]
                  .filter((note) => note.target.kind === 'relation' && note.target.relationId === relation.id)
                  .map((note) => note.text),
              ),
            })),
        ),
      })),
    ),
  };
}
