import type { Annotation } from '../../../../shared/model/annotation';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { claimSummary } from '../common/annotation-notes';
import { articleFields, type ArticleFields } from '../common/article-fields';
import { ExportIndex } from '../common/export-index';
import { jsonChunks, streamedArray } from '../common/json-stream';
import { relationsBetweenSpans, spansByPiece } from '../common/piece-spans';
import { placeableAnnotations } from '../common/placeable';
import { LABEL_STUDIO_NAMES } from './label-studio-names';
import { EXPORT_CATALOG } from '../../export-catalog';

interface SpanValue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type LabelStudioResult =
  | {
      readonly id: string;
      readonly from_name: string;
      readonly to_name: string;
      readonly type: 'labels';
      readonly value: SpanValue & { readonly labels: readonly string[] };
      readonly meta?: { readonly text: readonly string[] };
    }
  | {
      readonly id: string;
      readonly from_name: string;
      readonly to_name: string;
      readonly type: 'choices';
      readonly value: Partial<SpanValue> & { readonly choices: readonly string[] };
    }
  | {
      readonly id: string;
      readonly from_name: string;
      readonly to_name: string;
      readonly type: 'textarea';
      /** Per-region text areas repeat the region's offsets; their `text` is what was typed. */
      readonly value: Partial<Omit<SpanValue, 'text'>> & { readonly text: readonly string[] };
    }
  | {
      readonly from_id: string;
      readonly to_id: string;
      readonly type: 'relation';
      readonly direction: 'right';
      readonly labels: readonly string[];
    };

export interface LabelStudioTask {
  readonly id: number;
  readonly data: ArticleFields & { readonly text: string };
  readonly annotations: readonly {
    readonly id: number;
    readonly result: readonly LabelStudioResult[];
    readonly was_cancelled: false;
    readonly ground_truth: false;
    readonly created_at: string;
    readonly updated_at: string;
  }[];
  readonly predictions: readonly never[];
}

/**
 * Label Studio JSON: the array of tasks Label Studio exports and imports, one task per article with
 * the text in `data.text` and one annotation whose `result` holds
 * - a `labels` region per span (`from_name` "label", `to_name` "text"), offsets in Unicode code
 *   points, end exclusive, as Label Studio's editor stores them (it converts DOM offsets to code
 *   points so that Python's `text[start:end]` is the region's text); the note and the claimant,
 *   subjects and date of a claim as the region's meta text;
 * - per-region results with the region's id: `choices` named after each claim attribute (stance,
 *   verdict…) and a `textarea` "entity" with the canonical entity's name;
 * - `relation` results (`direction` "right", the relation type as label);
 * - for the article, a `textarea` "notes" with its notes and `choices` "document" with its labels.
 *
 * The project's labelling config must name these controls (Labels "label", Relations, Choices and
 * TextArea with perRegion for the attributes and "entity") for Label Studio to show them.
 * A discontinuous annotation becomes one region per piece; relations attach to the first.
 */
export const labelStudioFormat: ExportFormat = {
  ...EXPORT_CATALOG.labelStudio,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    // Written task by task: a large project's tasks are longer than one string can be.
    return { kind: 'file', content: labelStudioChunks(set, progress, dropped), dropped };
  },
};

/** The tasks as JSON.stringify(tasks, null, 2) writes them, in pieces; fills `dropped` as it goes. */
function* labelStudioChunks(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<string> {
  const index = new ExportIndex(set);
  let relationNotes = 0;
  function* tasks(): Generator<LabelStudioTask> {
    let done = 0;
    for (const exported of set.articles) {
      const { task, notedRelations } = labelStudioTask(exported, set, index, dropped);
      relationNotes += notedRelations;
      progress.articleDone(++done, set.articles.length);
      yield task;
    }
  }
  yield* jsonChunks(streamedArray(tasks()), '  ');
  yield '\n';
  if (relationNotes > 0) {
    dropped.push(`Label Studio relations have no notes: ${relationNotes} relation notes are not exported.`);
  }
}

const { span: SPAN, entity: ENTITY, notes: NOTES, document: DOCUMENT, text: TEXT } = LABEL_STUDIO_NAMES;

function labelStudioTask(exported: ExportedArticle, set: ExportSet, index: ExportIndex, dropped: string[]) {
  const { article } = exported;
  const placeable = placeableAnnotations(exported, index, dropped);
  const { spans: regions, firstSpanOf } = spansByPiece(
    exported,
    placeable,
    index,
    dropped,
    'Label Studio',
    ({ annotation, fragment, piece, start, end }) => {
      const id = piece === 0 ? `a${annotation.id}` : `a${annotation.id}-${piece + 1}`;
      const value = { start, end, text: article.text.slice(fragment.start, fragment.end) };
      return { id, results: regionResults(id, value, annotation, index) };
    },
  );
  const result: LabelStudioResult[] = regions.flatMap((region) => region.results);
  const relations = relationsBetweenSpans(exported, firstSpanOf, index, dropped);
  for (const { relation, from, to } of relations) {
    const labels = [index.label(relation.typeLabelId).name];
    result.push({ from_id: from.id, to_id: to.id, type: 'relation', direction: 'right', labels });
  }
  if (exported.notes.length > 0) {
    const text = exported.notes.map((note) => note.text);
    result.push({ id: 'notes', from_name: NOTES, to_name: TEXT, type: 'textarea', value: { text } });
  }
  if (exported.documentLabelIds.length > 0) {
    const choices = exported.documentLabelIds.map((id) => index.label(id).name);
    result.push({ id: 'document', from_name: DOCUMENT, to_name: TEXT, type: 'choices', value: { choices } });
  }
  const task: LabelStudioTask = {
    id: article.id,
    data: { text: article.text, ...articleFields(article) },
    annotations: [
      {
        id: article.id,
        result,
        was_cancelled: false,
        ground_truth: false,
        created_at: set.exportedAt,
        updated_at: set.exportedAt,
      },
    ],
    predictions: [],
  };
  const notedRelations = relations.filter(({ relation }) => set.relationNotes.has(relation.id)).length;
  return { task, notedRelations };
}

/** A region and the per-region results that describe it further (they share the region's id). */
function regionResults(id: string, value: SpanValue, annotation: Annotation, index: ExportIndex): LabelStudioResult[] {
  const meta = [annotation.note ?? '', claimSummary(index, annotation, false)].filter((text) => text !== '');
  const labels = [index.label(annotation.labelId).name];
  const results: LabelStudioResult[] = [
    {
      id,
      from_name: SPAN,
      to_name: TEXT,
      type: 'labels',
      value: { ...value, labels },
      ...(meta.length > 0 ? { meta: { text: meta } } : {}),
    },
  ];
  const entity = index.entity(annotation.entityId);
  if (entity !== undefined) {
    results.push({ id, from_name: ENTITY, to_name: TEXT, type: 'textarea', value: { ...value, text: [entity.name] } });
  }
  for (const { attribute, value: chosen } of annotation.claim ? index.claimAttributes(annotation.claim) : []) {
    results.push({
      id,
      from_name: attribute.name,
      to_name: TEXT,
      type: 'choices',
      value: { ...value, choices: [chosen.name] },
    });
  }
  return results;
}
