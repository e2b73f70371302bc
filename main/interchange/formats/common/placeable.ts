import type { Annotation, Relation } from '../../../../shared/model/annotation';
import type { ExportedArticle } from '../../export-set';
import { describeAnnotation, describeRelation } from './describe';
import type { ExportIndex } from './export-index';

/**
 * The annotations a position-based format can place. An orphaned annotation's offsets no longer
 * point at its quote, so writing them would mark the wrong text: each is left out and named in
 * `dropped` instead.
 */
export function placeableAnnotations(exported: ExportedArticle, index: ExportIndex, dropped: string[]): Annotation[] {
  return exported.annotations.filter((annotation) => {
    if (!annotation.orphaned) return true;
    dropped.push(
      `${describeAnnotation(index, exported.article, annotation)}: not exported, the text changed and it has no position (repair it first).`,
    );
    return false;
  });
}

/**
 * The article's relations whose two ends were both exported (`exportedIds`); every other relation
 * is named in `dropped` once, by the article holding its source (or its target when the source's
 * article is not exported at all).
 */
export function relationsWithin(
  exported: ExportedArticle,
  exportedIds: ReadonlySet<number>,
  index: ExportIndex,
  dropped: string[],
): Relation[] {
  const articleId = exported.article.id;
  return exported.relations.filter((relation) => {
    const source = index.annotation(relation.sourceAnnotationId);
    const target = index.annotation(relation.targetAnnotationId);
    if (source?.articleId === articleId && target?.articleId === articleId) {
      if (exportedIds.has(source.id) && exportedIds.has(target.id)) return true;
      const reason = source.orphaned || target.orphaned ? 'one end has no position' : 'one end was not exported';
      dropped.push(`Relation ${describeRelation(index, exported.article, relation)}: not exported, ${reason}.`);
      return false;
    }
    if (source === undefined || source.articleId === articleId) {
      dropped.push(
        `Relation ${describeRelation(index, exported.article, relation)}: not exported, its ends are in different articles.`,
      );
    }
    return false;
  });
}
