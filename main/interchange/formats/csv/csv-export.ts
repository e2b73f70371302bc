import type { Annotation, Entity, Label } from '../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import type { ExportFormat } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { csvText, type CsvCell } from '../../../../shared/csv/csv-text';
import { EXPORT_CATALOG } from '../../export-catalog';

export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark, so Excel reads accents, Persian and emoji right. */
  readonly byteOrderMark: boolean;
}

const entityIds = (entity: Entity | undefined) =>
  entity === undefined ? null : entity.externalIds.map(({ scheme, value }) => `${scheme}:${value}`).join('; ');

/** Offsets in code points, which spreadsheet users and most tools count as characters. */
function positions(
  annotation: Annotation,
  units: OffsetConverter,
): { start: CsvCell; end: CsvCell; fragments: CsvCell } {
  // An orphaned annotation's offsets point into a text that no longer exists.
  if (annotation.orphaned) return { start: null, end: null, fragments: null };
  const pieces = annotation.fragments.map(({ start, end }): [number, number] => [
    units.utf16ToCodePoint(start),
    units.utf16ToCodePoint(end),
  ]);
  return {
    start: pieces[0]?.[0] ?? null,
    end: pieces[pieces.length - 1]?.[1] ?? null,
    fragments: pieces.map(([start, end]) => `${start}-${end}`).join(';'),
  };
}

function attributeCells(index: ExportIndex, annotation: Annotation, attributes: readonly Label[]): CsvCell[] {
  return attributes.map((attribute) => {
    const valueId = annotation.claim?.attributes[attribute.id];
    return valueId === undefined ? null : index.label(valueId).name;
  });
}

function annotationsHeader(attributes: readonly Label[]): string[] {
  return [
    'article_id',
    'article_title',
    'annotation_id',
    'label',
    'label_kind',
    'text',
    'start_codepoint',
    'end_codepoint',
    'fragments_codepoint',
    'entity',
    'entity_ids',
    ...attributes.map((attribute) => `claim_${attribute.name}`),
    'claimant',
    'note',
    'orphaned',
    ...AUTHORSHIP_HEADER,
  ];
}

/** Who made and last changed an annotation and when (UTC, ISO 8601); empty where unknown. */
const AUTHORSHIP_HEADER = [
  'created_by',
  'created_by_email',
  'created_at',
  'updated_by',
  'updated_by_email',
  'updated_at',
];

function authorshipCells(annotation: Annotation, annotators: ExportSet['annotators']): CsvCell[] {
  const person = (id: number | undefined) => (id === undefined ? undefined : annotators.get(id));
  const [creator, updater] = [person(annotation.createdBy), person(annotation.updatedBy)];
  return [
    creator?.name ?? null,
    creator?.email ?? null,
    annotation.createdAt ?? null,
    updater?.name ?? null,
    updater?.email ?? null,
    annotation.updatedAt ?? null,
  ];
}

function annotationRows(
  exported: ExportedArticle,
  index: ExportIndex,
  attributes: readonly Label[],
  annotators: ExportSet['annotators'],
): CsvCell[][] {
  const { article, annotations } = exported;
  const units = new OffsetConverter(article.text);
  return annotations.map((annotation): CsvCell[] => {
    const label = index.label(annotation.labelId);
    const entity = index.entity(annotation.entityId);
    const { start, end, fragments } = positions(annotation, units);
    const claimant = annotation.claim === undefined ? undefined : index.claimant(annotation.claim);
    return [
      article.id,
      article.title,
      annotation.id,
      label.name,
      label.kind,
      annotation.quote.exact,
      start,
      end,
      fragments,
      entity?.name ?? null,
      entityIds(entity),
      ...attributeCells(index, annotation, attributes),
      claimant?.name ?? null,
      annotation.note ?? null,
      annotation.orphaned ? 'yes' : 'no',
      ...authorshipCells(annotation, annotators),
    ];
  });
}

function claimsHeader(attributes: readonly Label[]): string[] {
  return [
    'article_id',
    'article_title',
    'claim_id',
    'claim',
    'start_codepoint',
    'end_codepoint',
    'claimant',
    'claimant_entity_ids',
    'claimant_mention',
    'about',
    'about_entity_ids',
    'date',
    ...attributes.map((attribute) => attribute.name),
    'note',
    'orphaned',
  ];
}

function claimRows(exported: ExportedArticle, index: ExportIndex, attributes: readonly Label[]): CsvCell[][] {
  const { article, annotations } = exported;
  const units = new OffsetConverter(article.text);
  return annotations.flatMap((annotation): CsvCell[][] => {
    const { claim } = annotation;
    if (claim === undefined) return [];
    const claimant = index.claimant(claim);
    const mention = claim.claimantAnnotationId === undefined ? undefined : index.annotation(claim.claimantAnnotationId);
    const about = claim.aboutEntityIds.map((id) => index.entity(id)).filter((entity) => entity !== undefined);
    const { start, end } = positions(annotation, units);
    return [
      [
        article.id,
        article.title,
        annotation.id,
        annotation.quote.exact,
        start,
        end,
        claimant?.name ?? null,
        entityIds(claimant?.entity),
        mention?.quote.exact ?? null,
        about.map((entity) => entity.name).join('; '),
        about
          .map((entity) => entityIds(entity))
          .filter((ids) => ids !== '')
          .join('; '),
        claim.date ?? article.metadata.publishedAt,
        ...attributeCells(index, annotation, attributes),
        annotation.note ?? null,
        annotation.orphaned ? 'yes' : 'no',
      ],
    ];
  });
}

/**
 * Spreadsheet tables: `annotations.csv`, one row per annotation, and `claims.csv`, one row per
 * claim with its claimant and what it is about. Offsets count code points ("characters");
 * discontinuous spans list every piece in `fragments_codepoint`.
 */
export function createCsvFormat(options: CsvOptions): ExportFormat {
  return {
    ...EXPORT_CATALOG.csv,
    export(set, progress) {
      const index = new ExportIndex(set);
      const attributes = index.labelsOfKind('claim-attribute');
      // Each file is one pass over the articles as it is written; the first reports the progress.
      const annotations = (function* () {
        let done = 0;
        for (const exported of set.articles) {
          yield* annotationRows(exported, index, attributes, set.annotators);
          progress.articleDone(++done, set.articles.length);
        }
      })();
      const claims = (function* () {
        for (const exported of set.articles) yield* claimRows(exported, index, attributes);
      })();
      const files = [
        {
          path: 'annotations.csv',
          content: csvText(annotationsHeader(attributes), annotations, options.byteOrderMark),
        },
        { path: 'claims.csv', content: csvText(claimsHeader(attributes), claims, options.byteOrderMark) },
      ];
      return { kind: 'folder', files, dropped: [] };
    },
  };
}

export const csvFormat = createCsvFormat({ byteOrderMark: true });
