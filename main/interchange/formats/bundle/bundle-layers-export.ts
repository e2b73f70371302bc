import type { LayerAnnotation, LayerClaim } from '../../../../shared/model/layer';
import type { ExportSet } from '../../export-set';
import type { BundleLayer, BundleLayerAnnotation, BundleLayerClaim } from './bundle-schema';

/** Bundle-local ids of what layers refer to; every one must be in the bundle. */
export interface LayerRefs {
  label(id: number): string;
  labelOrder(id: number): number;
  entity(id: number): string;
  annotator(id: number): string;
  /** The exported article's id and position; undefined for an article not exported. */
  article(id: number): { ref: string; order: number } | undefined;
}

function bundleClaim(claim: LayerClaim, refs: LayerRefs): BundleLayerClaim {
  return {
    claimantName: claim.claimantName ?? null,
    claimantEntity: claim.claimantEntityId === undefined ? null : refs.entity(claim.claimantEntityId),
    aboutNames: [...claim.aboutNames],
    about: claim.aboutEntityIds.map((id) => refs.entity(id)),
    attributes: Object.entries(claim.attributes)
      .map(([attribute, value]): [number, number] => [Number(attribute), value])
      .sort(([a], [b]) => refs.labelOrder(a) - refs.labelOrder(b))
      .map(([attribute, value]): [string, string] => [refs.label(attribute), refs.label(value)]),
    date: claim.date ?? null,
  };
}

function bundleLayerAnnotation(annotation: LayerAnnotation, uid: string, article: string, refs: LayerRefs) {
  const bundled: BundleLayerAnnotation = {
    uid,
    article,
    label: refs.label(annotation.labelId),
    fragments: annotation.fragments.map(({ start, end }) => ({ start, end })),
    quote: annotation.quote,
    entity: annotation.entityId === undefined ? null : refs.entity(annotation.entityId),
    entityName: annotation.entityName ?? null,
    claim: annotation.claim === undefined ? null : bundleClaim(annotation.claim, refs),
    note: annotation.note ?? null,
    createdAt: annotation.createdAt ?? null,
    updatedAt: annotation.updatedAt ?? null,
  };
  return bundled;
}

/**
 * The colleagues' layers as the bundle carries them: each with its annotations on the exported
 * articles, in export order and then text order, so the same layers always give the same bytes.
 * Article positions are known once the articles are written, which the bundle does first.
 */
export function* bundleLayers(set: ExportSet, refs: LayerRefs): Generator<BundleLayer> {
  for (const [index, layer] of set.layers.entries()) {
    const annotations = set.readLayerAnnotations(layer.id);
    const placed = annotations.flatMap(({ annotation, uid }) => {
      const article = refs.article(annotation.articleId);
      return article === undefined ? [] : [{ annotation, uid, article }];
    });
    placed.sort(
      (a, b) =>
        a.article.order - b.article.order ||
        (a.annotation.fragments[0]?.start ?? 0) - (b.annotation.fragments[0]?.start ?? 0) ||
        (a.annotation.fragments.at(-1)?.end ?? 0) - (b.annotation.fragments.at(-1)?.end ?? 0) ||
        a.annotation.id - b.annotation.id,
    );
    yield {
      id: `layer-${index + 1}`,
      uid: layer.uid,
      name: layer.name,
      annotator: refs.annotator(layer.annotatorId),
      format: layer.format,
      fileNames: [...layer.fileNames],
      importedAt: layer.importedAt,
      importedBy: layer.importedBy === undefined ? null : refs.annotator(layer.importedBy),
      annotations: placed.map(({ annotation, uid, article }) =>
        bundleLayerAnnotation(annotation, uid, article.ref, refs),
      ),
    };
  }
}
