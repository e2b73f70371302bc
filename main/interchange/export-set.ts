import type { ProjectCharts } from '../../shared/model/analysis-charts';
import type { Article, ArticleId } from '../../shared/model/article';
import type { Annotation, Entity, Label, Note, Relation } from '../../shared/model/annotation';
import type { Annotator } from '../../shared/model/annotator';
import type { Layer, LayerAnnotation, LayerId } from '../../shared/model/layer';
import type { ProjectStore } from '../store/project-store';

/** One article with everything annotated in it, as every export format reads it. */
export interface ExportedArticle {
  readonly article: Article;
  /** In text order; orphaned annotations included (formats that need positions skip them and say so). */
  readonly annotations: readonly Annotation[];
  /** Relations with at least one end in this article. */
  readonly relations: readonly Relation[];
  /** Free notes on the article. */
  readonly notes: readonly Note[];
  readonly documentLabelIds: readonly number[];
}

/**
 * The exported articles in export order. Iterating reads them one at a time, so a format holds
 * one article (plus what it indexes itself) however large the project is; a format that needs two
 * passes (an index before the bodies) iterates twice. An array is one too (tests, small sets).
 */
export interface ExportArticles extends Iterable<ExportedArticle> {
  readonly length: number;
}

/**
 * What an export reads: a consistent snapshot of the chosen articles and the project-wide schema
 * and entity registry. Offsets inside are the internal unit (UTF-16 code units of the normalised
 * text, shared/text/offsets.ts); each format converts at its own boundary.
 */
export interface ExportSet {
  readonly projectName: string;
  readonly exportedAt: string;
  readonly labels: readonly Label[];
  readonly entities: readonly Entity[];
  /** Everyone who annotated in the project, by id, for formats that name who made what. */
  readonly annotators: ReadonlyMap<number, Annotator>;
  /** Free notes on relations, keyed by relation id (it may hold relations that are not exported). */
  readonly relationNotes: ReadonlyMap<number, readonly Note[]>;
  readonly articles: ExportArticles;
  /** An annotation of any exported article; undefined when its article is not part of the export. */
  annotation(id: number): Annotation | undefined;
  /**
   * The exact bytes an article was imported from, read only by the formats that carry them (the
   * native bundle). Originals never change once stored, so reading them later is still consistent.
   */
  readOriginal(articleId: ArticleId): { bytes: Uint8Array; name: string | null };
  /** The project's charts, counted in SQL in the same snapshot (the HTML report draws them). */
  readCharts(): ProjectCharts;
  /** Colleagues' layers imported into the project (the native bundle carries them). */
  readonly layers: readonly Layer[];
  /** A layer's annotations on every article (a format keeps those it exports), with their uids. */
  readLayerAnnotations(layerId: LayerId): readonly { readonly annotation: LayerAnnotation; readonly uid: string }[];
}

/**
 * The export snapshot of the chosen articles (all not in the trash when `articleIds` is omitted).
 * Articles are read from the store as the format iterates them, so for one consistent snapshot the
 * whole export, writing included, runs inside `store.readConsistently` (as `runExport` does): a
 * write landing meanwhile (the user keeps annotating while a long export runs) is then either wholly
 * in it or wholly absent, on every pass.
 */
export function readExportSet(store: ProjectStore, articleIds?: readonly ArticleId[], now = new Date()): ExportSet {
  const ids = articleIds ?? store.listArticles().map((summary) => summary.id);
  const exportedIds = new Set(ids);
  // Relations almost always join annotations of one article: the one just read answers most lookups.
  let current: ReadonlyMap<number, Annotation> = new Map();
  const readArticle = (id: ArticleId): ExportedArticle => {
    const annotations = store.listAnnotations(id);
    current = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    return {
      article: store.getArticle(id),
      annotations,
      relations: store.listRelations(id),
      notes: store.listNotes({ kind: 'article', articleId: id }),
      documentLabelIds: store.documentLabels(id),
    };
  };
  return {
    projectName: store.info().name,
    exportedAt: now.toISOString(),
    labels: store.listLabels(),
    entities: store.listEntities().map(({ mentionCount: _count, articleCount: _articles, ...entity }) => entity),
    annotators: new Map(store.listAnnotators().map((annotator) => [annotator.id, annotator])),
    relationNotes: store.listRelationNotes(),
    articles: {
      length: ids.length,
      *[Symbol.iterator]() {
        for (const id of ids) yield readArticle(id);
      },
    },
    annotation(id) {
      const found = current.get(id) ?? store.getAnnotations([id])[0];
      return found !== undefined && exportedIds.has(found.articleId) ? found : undefined;
    },
    readOriginal: (articleId) => store.getOriginal(articleId),
    readCharts: () => store.projectCharts(),
    layers: store.listLayers(),
    readLayerAnnotations: (layerId) => store.layerAnnotationsWithUids(layerId),
  };
}
