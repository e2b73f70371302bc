import { buildTextQuote } from '../../../../shared/annotation/text-quote';
import type { Label } from '../../../../shared/model/annotation';
import type { AnnotationImportReport } from '../../../../shared/model/interchange';
import type { LayerClaim } from '../../../../shared/model/layer';
import type { ProjectStore } from '../../../store/project-store';
import { fragmentProblem } from '../../import/fragment-problem';
import type { Bundle, BundleArticle, BundleLayerAnnotation } from './bundle-schema';

/** Every reference of the bundle's layers resolves and every annotation fits its article's text. */
export function checkBundleLayers(
  bundle: Bundle,
  known: { labels: ReadonlyMap<string, { kind: Label['kind']; parent: string | null }>; entities: ReadonlySet<string> },
  problem: (place: string, message: string) => void,
): void {
  const annotators = new Set((bundle.annotators ?? []).map((annotator) => annotator.id));
  const articles = new Map(bundle.articles.map((article) => [article.id, article]));
  const need = (place: string, ref: string, found: boolean) => {
    if (!found) problem(place, `It refers to ${ref}, which the bundle does not define.`);
  };
  for (const layer of bundle.layers ?? []) {
    need(layer.id, layer.annotator, annotators.has(layer.annotator));
    if (layer.importedBy !== null) need(layer.id, layer.importedBy, annotators.has(layer.importedBy));
    const uids = new Set<string>();
    for (const annotation of layer.annotations) {
      const place = `${layer.id} › ${annotation.uid}`;
      if (uids.has(annotation.uid)) problem(place, `${annotation.uid} is defined twice in the layer.`);
      uids.add(annotation.uid);
      const kind = known.labels.get(annotation.label)?.kind;
      if (kind !== 'entity' && kind !== 'claim')
        problem(place, `${annotation.label} is not an entity type or the claim label.`);
      const refs = [
        annotation.entity,
        annotation.claim?.claimantEntity ?? null,
        ...(annotation.claim?.about ?? []),
      ].filter((ref) => ref !== null);
      for (const ref of refs) need(place, ref, known.entities.has(ref));
      for (const [attribute, value] of annotation.claim?.attributes ?? []) {
        if (known.labels.get(value)?.parent !== attribute || known.labels.get(attribute)?.parent !== null) {
          problem(place, `${value} is not a value of the claim attribute ${attribute}.`);
        }
      }
      const article = articles.get(annotation.article);
      need(place, annotation.article, article !== undefined);
      const textProblem = article === undefined ? null : layerAnnotationTextProblem(article, annotation);
      if (textProblem !== null) problem(place, textProblem);
    }
  }
}

function layerAnnotationTextProblem(article: BundleArticle, annotation: BundleLayerAnnotation): string | null {
  const where = fragmentProblem(article.text, annotation.fragments);
  if (where !== null) return `Its position is wrong: ${where}.`;
  const covered = buildTextQuote(article.text, annotation.fragments).exact;
  return covered === annotation.quote ? null : `It quotes “${annotation.quote}” but the text there is “${covered}”.`;
}

interface MergedRefs {
  label(ref: string): number;
  entity(ref: string): number;
  /** The project article a bundle article became or already was (same text); undefined if neither. */
  article(ref: string): number | undefined;
}

/**
 * Adds the bundle's annotators (found again by uid) and its colleagues' layers, in the bundle's
 * order, inside the bundle import's transaction. A layer the project has already (same uid) is
 * kept as it is and reported, as are annotations on articles the project keeps as they were.
 */
export function mergeBundleLayers(
  store: ProjectStore,
  bundle: Bundle,
  refs: MergedRefs,
  report: AnnotationImportReport,
): void {
  const annotators = new Map((bundle.annotators ?? []).map((annotator) => [annotator.id, annotator]));
  const annotatorIds = new Map(
    [...annotators].map(([ref, { uid, name, email }]) => [ref, store.registerColleague({ uid, name, email })]),
  );
  for (const layer of bundle.layers ?? []) {
    if (store.hasLayer(layer.uid)) {
      report.conflicts.push(`The layer “${layer.name}” is already in the project; it was kept as it is.`);
      continue;
    }
    const colleague = annotators.get(layer.annotator);
    if (colleague === undefined) continue;
    let outside = 0;
    const annotations = layer.annotations.flatMap((annotation) => {
      const articleId = refs.article(annotation.article);
      if (articleId === undefined) {
        outside++;
        return [];
      }
      const claim = annotation.claim;
      const layerClaim: LayerClaim | undefined =
        claim === null
          ? undefined
          : {
              ...(claim.claimantName === null ? {} : { claimantName: claim.claimantName }),
              ...(claim.claimantEntity === null ? {} : { claimantEntityId: refs.entity(claim.claimantEntity) }),
              aboutNames: claim.aboutNames,
              aboutEntityIds: claim.about.map((ref) => refs.entity(ref)),
              attributes: Object.fromEntries(
                claim.attributes.map(([attribute, value]) => [refs.label(attribute), refs.label(value)]),
              ),
              ...(claim.date === null ? {} : { date: claim.date }),
            };
      return [
        {
          articleId,
          uid: annotation.uid,
          labelId: refs.label(annotation.label),
          fragments: annotation.fragments,
          quote: annotation.quote,
          ...(annotation.entity === null ? {} : { entityId: refs.entity(annotation.entity) }),
          ...(annotation.entityName === null ? {} : { entityName: annotation.entityName }),
          ...(layerClaim === undefined ? {} : { claim: layerClaim }),
          ...(annotation.note === null ? {} : { note: annotation.note }),
          ...(annotation.createdAt === null ? {} : { createdAt: annotation.createdAt }),
          ...(annotation.updatedAt === null ? {} : { updatedAt: annotation.updatedAt }),
        },
      ];
    });
    store.addLayer(
      {
        uid: layer.uid,
        name: layer.name,
        format: layer.format,
        fileNames: layer.fileNames,
        importedAt: layer.importedAt,
        importedBy: layer.importedBy === null ? null : (annotatorIds.get(layer.importedBy) ?? null),
        colleague: { uid: colleague.uid, name: colleague.name, email: colleague.email },
      },
      annotations,
    );
    if (outside > 0) {
      report.conflicts.push(
        `${outside} annotations of the layer “${layer.name}” are on articles kept as they were, with another text; they were not imported.`,
      );
    }
  }
}
