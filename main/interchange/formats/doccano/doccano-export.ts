import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { annotationComment } from '../common/annotation-notes';
import { articleFields, type ArticleFields } from '../common/article-fields';
import { describeRelation } from '../common/describe';
import { ExportIndex } from '../common/export-index';
import { jsonLinesPerArticle } from '../common/json-lines';
import { relationsBetweenSpans, spansByPiece } from '../common/piece-spans';
import { placeableAnnotations } from '../common/placeable';
import { EXPORT_CATALOG } from '../../export-catalog';

/** One line of the file: doccano's export of a sequence-labelling project with relations. */
export interface DoccanoRecord extends ArticleFields {
  readonly id: number;
  readonly text: string;
  readonly entities: readonly { id: number; label: string; start_offset: number; end_offset: number }[];
  readonly relations: readonly { id: number; from_id: number; to_id: number; type: string }[];
  readonly Comments: readonly string[];
}

/**
 * doccano JSONL as doccano exports a sequence-labelling project with relations: one JSON object per
 * line and article with `text`, `entities` (`id`, `label`, `start_offset`, `end_offset`),
 * `relations` (`id`, `from_id`, `to_id`, `type`) and `Comments`. Offsets count Unicode code points
 * (doccano runs on Python, whose strings index code points), end exclusive. Other keys (`title`,
 * `source`, `url`, `published`, `language`) are what doccano keeps as the example's metadata.
 *
 * Entities and claims are both spans labelled with their label's name; a discontinuous annotation
 * becomes one span per piece (relations attach to the first). doccano has no entity links or claim
 * fields, so claim details and notes (on the article, its annotations and relations) are written
 * as comments; what is lost is listed in the export report.
 */
export const doccanoFormat: ExportFormat = {
  ...EXPORT_CATALOG.doccano,
  export(set: ExportSet, progress: ExportProgress) {
    const index = new ExportIndex(set);
    const dropped: string[] = [];
    let unlinkedMentions = 0;
    const content = jsonLinesPerArticle(
      set,
      progress,
      (exported) => {
        unlinkedMentions += exported.annotations.filter((a) => !a.orphaned && a.entityId !== undefined).length;
        return doccanoRecord(exported, set, index, dropped);
      },
      () => {
        if (unlinkedMentions > 0) {
          dropped.push(
            `doccano has no entity links: ${unlinkedMentions} mentions are exported without the entity they refer to.`,
          );
        }
      },
    );
    return { kind: 'file', content, dropped };
  },
};

function doccanoRecord(
  exported: ExportedArticle,
  set: ExportSet,
  index: ExportIndex,
  dropped: string[],
): DoccanoRecord {
  const { article } = exported;
  const placeable = placeableAnnotations(exported, index, dropped);
  const { spans: entities, firstSpanOf } = spansByPiece(
    exported,
    placeable,
    index,
    dropped,
    'doccano',
    ({ annotation, start, end, position }): DoccanoRecord['entities'][number] => ({
      id: position,
      label: index.label(annotation.labelId).name,
      start_offset: start,
      end_offset: end,
    }),
  );
  const relations = relationsBetweenSpans(exported, firstSpanOf, index, dropped);
  const comments = [
    ...exported.notes.map((note) => note.text),
    ...placeable.flatMap((annotation) => annotationComment(index, annotation) ?? []),
    ...relations.flatMap(({ relation }) =>
      (set.relationNotes.get(relation.id) ?? []).map(
        (note) => `Relation ${describeRelation(index, article, relation)}: ${note.text}`,
      ),
    ),
  ];
  return {
    id: article.id,
    text: article.text,
    ...articleFields(article),
    entities,
    relations: relations.map(({ relation, from, to }, i) => ({
      id: i,
      from_id: from.id,
      to_id: to.id,
      type: index.label(relation.typeLabelId).name,
    })),
    Comments: comments,
  };
}
