import type { Annotation, Relation } from '../../../../shared/model/annotation';
import type { ExportFormat } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { jsonChunks, streamedArray, type StreamedArray } from '../common/json-stream';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleAnnotation,
  type BundleArticle,
  type BundleRelation,
} from './bundle-schema';
import { bundleAuthorship, bundleNote, bundleReview } from './bundle-authorship-export';
import { bundleLayers } from './bundle-layers-export';
import { RowOrders } from './row-orders';
import { EXPORT_CATALOG } from '../../export-catalog';

/**
 * Bundle-local ids in output order, so ids never depend on row ids or on when things were made.
 * Only the positions are kept (a million annotations' id strings would not be small).
 */
class LocalIds {
  private readonly orders = new RowOrders();
  constructor(private readonly prefix: string) {}

  assign(rowId: number): string {
    return this.idOf(this.orders.add(rowId));
  }

  /** The position of something that may be missing (a relation's end in an article not exported). */
  orderOf(rowId: number): number | undefined {
    return this.orders.get(rowId);
  }

  /** The id of something the bundle must contain (labels, entities): a missing one is a bug, not user data. */
  of(rowId: number): string {
    return this.idOf(this.order(rowId));
  }

  order(rowId: number): number {
    const order = this.orders.get(rowId);
    if (order === undefined) throw new Error(`${this.prefix} ${rowId} is not in the bundle`);
    return order;
  }

  idOf(order: number): string {
    return `${this.prefix}-${order}`;
  }
}

function bundleAnnotation(
  annotation: Annotation,
  ids: { labels: LocalIds; entities: LocalIds; annotations: LocalIds; annotators: LocalIds },
) {
  const { claim } = annotation;
  const bundled: BundleAnnotation = {
    id: ids.annotations.of(annotation.id),
    label: ids.labels.of(annotation.labelId),
    fragments: annotation.fragments.map(({ start, end }) => ({ start, end })),
    quote: { exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix },
    orphaned: annotation.orphaned,
    entity: annotation.entityId === undefined ? null : ids.entities.of(annotation.entityId),
    claim:
      claim === undefined
        ? null
        : {
            claimantEntity: claim.claimantEntityId === undefined ? null : ids.entities.of(claim.claimantEntityId),
            claimantAnnotation:
              claim.claimantAnnotationId === undefined ? null : ids.annotations.of(claim.claimantAnnotationId),
            about: claim.aboutEntityIds.map((id) => ids.entities.of(id)),
            attributes: Object.entries(claim.attributes)
              .map(([attribute, value]): [number, number] => [Number(attribute), value])
              .sort(([a], [b]) => ids.labels.order(a) - ids.labels.order(b))
              .map(([attribute, value]): [string, string] => [ids.labels.of(attribute), ids.labels.of(value)]),
            date: claim.date ?? null,
          },
    note: annotation.note ?? null,
    ...bundleAuthorship(annotation, (id) => ids.annotators.of(id)),
  };
  return bundled;
}

/** The bundle with its articles and relations made one at a time as it is written (see `jsonChunks`). */
type StreamedBundle = Omit<Bundle, 'articles' | 'relations' | 'layers'> & {
  articles: StreamedArray;
  relations: StreamedArray;
  layers?: StreamedArray;
};

/**
 * Everything in the bundle, as one value with its keys in a fixed order; the articles, by far the
 * largest part, are made one at a time as the bundle is written.
 */
function buildBundle(set: ExportSet, onArticle: (done: number) => void): { bundle: StreamedBundle; dropped: string[] } {
  const labels = new LocalIds('label');
  const entities = new LocalIds('entity');
  const annotations = new LocalIds('annotation');
  const annotatorIds = new LocalIds('annotator');
  const ids = { labels, entities, annotations, annotators: annotatorIds };
  const annotator = (id: number) => annotatorIds.of(id);
  const bundleLabels = set.labels.map((label) => ({ id: labels.assign(label.id), label }));
  const bundleEntities = set.entities.map((entity) => ({ id: entities.assign(entity.id), entity }));
  const bundleAnnotators = [...set.annotators.values()]
    .sort((a, b) => a.id - b.id)
    .map(({ id, uid, name, email }) => ({ id: annotatorIds.assign(id), uid, name, email }));
  /** Filled in as the articles are written, which comes before the layers that refer to them. */
  const articleRefs = new Map<number, { ref: string; order: number }>();
  // Claimants may come later in the text than their claim, and relations join any two exported
  // annotations, so a first pass gives every annotation its id and gathers the relations.
  const seen = new Set<number>();
  const gathered: Relation[] = [];
  for (const exported of set.articles) {
    for (const annotation of exported.annotations) annotations.assign(annotation.id);
    for (const relation of exported.relations) {
      if (seen.has(relation.id)) continue;
      seen.add(relation.id);
      gathered.push(relation);
    }
  }

  function* articles(): Generator<BundleArticle> {
    let index = 0;
    for (const exported of set.articles) yield bundleArticle(exported, index++);
  }
  const bundleArticle = (exported: ExportedArticle, index: number): BundleArticle => {
    const { article } = exported;
    const original = set.readOriginal(article.id);
    articleRefs.set(article.id, { ref: `article-${index + 1}`, order: index });
    const bundled: BundleArticle = {
      id: `article-${index + 1}`,
      title: article.title,
      metadata: { ...article.metadata, tags: [...article.metadata.tags] },
      documentLabels: exported.documentLabelIds.map((id) => labels.of(id)),
      notes: exported.notes.map((note) => bundleNote(note, annotator)),
      text: article.text,
      blocks: article.blocks,
      links: article.links,
      original: {
        fileName: original.name,
        mediaType: article.origin.mediaType,
        encoding: article.origin.encoding,
        base64: Buffer.from(original.bytes).toString('base64'),
      },
      annotations: exported.annotations.map((annotation) => bundleAnnotation(annotation, ids)),
      ...bundleReview(article.review, annotator),
    };
    onArticle(index + 1);
    return bundled;
  };

  let outside = 0;
  // By the order of their ends; each is made into its bundle form only as it is written.
  const relations: { relation: Relation; source: number; target: number }[] = [];
  for (const relation of gathered) {
    const source = annotations.orderOf(relation.sourceAnnotationId);
    const target = annotations.orderOf(relation.targetAnnotationId);
    if (source === undefined || target === undefined) {
      outside++;
      continue;
    }
    relations.push({ relation, source, target });
  }
  relations.sort(
    (a, b) =>
      a.source - b.source ||
      a.target - b.target ||
      labels.order(a.relation.typeLabelId) - labels.order(b.relation.typeLabelId),
  );
  function* bundleRelations(): Generator<BundleRelation> {
    for (const [index, { relation, source, target }] of relations.entries()) {
      yield {
        id: `relation-${index + 1}`,
        type: labels.of(relation.typeLabelId),
        source: annotations.idOf(source),
        target: annotations.idOf(target),
        notes: (set.relationNotes.get(relation.id) ?? []).map((note) => bundleNote(note, annotator)),
        ...bundleAuthorship(relation, annotator),
      };
    }
  }

  const bundle: StreamedBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    offsetUnit: 'utf16-code-units',
    labels: bundleLabels.map(({ id, label }) => ({
      id,
      kind: label.kind,
      name: label.name,
      parent: label.parentId === null ? null : labels.of(label.parentId),
      color: label.color,
      hotkey: label.hotkey,
    })),
    entities: bundleEntities.map(({ id, entity }) => ({
      id,
      type: labels.of(entity.typeLabelId),
      name: entity.name,
      aliases: [...entity.aliases],
      externalIds: entity.externalIds.map(({ scheme, value }) => ({ scheme, value })),
      note: entity.note ?? null,
      ...bundleAuthorship(entity, annotator),
    })),
    articles: streamedArray(articles()),
    relations: streamedArray(bundleRelations()),
    // Written only when there are any, so a project without them gives the bytes it always gave.
    ...(bundleAnnotators.length === 0 ? {} : { annotators: bundleAnnotators }),
    ...(set.layers.length === 0
      ? {}
      : {
          layers: streamedArray(
            bundleLayers(set, {
              label: (id) => labels.of(id),
              labelOrder: (id) => labels.order(id),
              entity: (id) => entities.of(id),
              annotator,
              article: (id) => articleRefs.get(id),
            }),
          ),
        }),
  };
  const dropped =
    outside === 0
      ? []
      : [
          `${outside} relation${outside === 1 ? '' : 's'} to annotations in articles not exported ${outside === 1 ? 'was' : 'were'} left out.`,
        ];
  return { bundle, dropped };
}

function* bundleChunks(bundle: StreamedBundle): Generator<string> {
  yield* jsonChunks(bundle, ' ');
  yield '\n';
}

/**
 * The native bundle, for moving work between projects and machines without losing anything. No
 * export time or project name is written, so exporting the same content always gives the same bytes.
 */
export const bundleFormat: ExportFormat = {
  ...EXPORT_CATALOG.bundle,
  export(set, progress) {
    const { bundle, dropped } = buildBundle(set, (done) => progress.articleDone(done, set.articles.length));
    // Written article by article: a large project's bundle is longer than one string can be.
    return { kind: 'file', content: bundleChunks(bundle), dropped };
  },
};
