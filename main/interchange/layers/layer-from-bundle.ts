import type { Label } from '../../../shared/model/annotation';
import type { LayerClaim } from '../../../shared/model/layer';
import type { Colleague } from '../../store/layers/colleague-annotator';
import type { NewLayerAnnotation } from '../../store/layers/layer-annotation-repository';
import type { ProjectStore } from '../../store/project-store';
import type { Bundle, BundleAnnotation, BundleArticle, BundleLabel } from '../formats/bundle/bundle-schema';
import type { LabelResolver } from '../import/label-resolver';
import { CountedWarnings, type LayerDraft } from './layer-draft';
import type { ProjectEntityLookup } from './project-entity-lookup';

/**
 * The colleague a bundle is from: its one annotator when it names exactly one, else the file's
 * name (a bundle of several people's work is one layer, named after the file).
 */
export function bundleColleague(bundle: Bundle, fileStem: string, warnings: string[]): Colleague {
  const annotators = bundle.annotators ?? [];
  const [only] = annotators;
  if (only !== undefined && annotators.length === 1) return { uid: only.uid, name: only.name, email: only.email };
  if (annotators.length > 1) {
    warnings.push(`The bundle names ${annotators.length} annotators; the layer is named after the file instead.`);
  }
  return { name: fileStem };
}

/**
 * A colleague's bundle as a layer: the annotations of each of its articles whose text the project
 * has (by text hash), with the project's labels and entities. The bundle's own layers and its
 * relations stay out (a layer is one person's annotations), as do orphaned annotations, whose
 * offsets belong to an older text.
 */
export function layerFromBundle(store: ProjectStore, bundle: Bundle, colleague: Colleague): LayerDraft {
  const warnings = new CountedWarnings();
  const matched: { article: BundleArticle; articleId: number }[] = [];
  const unmatched: string[] = [];
  for (const article of bundle.articles) {
    const found = store.findSameText(article.text);
    if (found === undefined) unmatched.push(`${article.id} “${article.title}”`);
    else matched.push({ article, articleId: found.id });
  }
  const orphaned = matched.flatMap(({ article }) => article.annotations.filter((a) => a.orphaned)).length;
  if (orphaned > 0) warnings.add(`${orphaned} orphaned annotations (their text had changed) were left out`);
  if (bundle.relations.length > 0)
    warnings.add('A layer keeps annotations and their claimants; relations were left out');
  if ((bundle.layers ?? []).length > 0) warnings.add('The bundle’s own imported layers were left out');
  return {
    format: 'bundle',
    colleague,
    matched: matched.map(({ article, articleId }) => ({
      name: `${article.id} “${article.title}”`,
      articleId,
      annotations: article.annotations.filter((annotation) => !annotation.orphaned).length,
    })),
    unmatched,
    get warnings() {
      return warnings.list();
    },
    *annotations(labels, entities) {
      const refs = new BundleRefs(bundle, labels, entities);
      for (const { article, articleId } of matched) {
        const byId = new Map(article.annotations.map((annotation) => [annotation.id, annotation]));
        for (const annotation of article.annotations) {
          if (annotation.orphaned) continue;
          yield refs.layerAnnotation(annotation, articleId, byId);
        }
      }
    },
  };
}

/** The bundle's labels and entities as the project's, resolved once each on first use. */
class BundleRefs {
  private readonly labelsById: Map<string, BundleLabel>;
  private readonly entitiesById: Map<string, Bundle['entities'][number]>;
  private readonly projectLabels = new Map<string, Label>();

  constructor(
    bundle: Bundle,
    private readonly labels: LabelResolver,
    private readonly entities: ProjectEntityLookup,
  ) {
    this.labelsById = new Map(bundle.labels.map((label) => [label.id, label]));
    this.entitiesById = new Map(bundle.entities.map((entity) => [entity.id, entity]));
  }

  label(ref: string): Label {
    const known = this.projectLabels.get(ref);
    if (known !== undefined) return known;
    const label = this.labelsById.get(ref) as BundleLabel;
    const parent = label.parent === null ? undefined : this.label(label.parent);
    const found = this.labels.ensure(label.kind, label.name, {
      ...(parent === undefined ? {} : { parent }),
      color: label.color,
    });
    this.projectLabels.set(ref, found);
    return found;
  }

  entity(ref: string): { name: string; id: number | undefined } {
    const entity = this.entitiesById.get(ref) as Bundle['entities'][number];
    const type = this.label(entity.type).id;
    const id =
      this.entities.find(type, entity.name, entity.externalIds) ??
      entity.aliases.map((alias) => this.entities.find(type, alias)).find((found) => found !== undefined);
    return { name: entity.name, id };
  }

  layerAnnotation(
    annotation: BundleAnnotation,
    articleId: number,
    annotations: ReadonlyMap<string, BundleAnnotation>,
  ): NewLayerAnnotation {
    const entity = annotation.entity === null ? undefined : this.entity(annotation.entity);
    return {
      articleId,
      uid: annotation.id,
      labelId: this.label(annotation.label).id,
      fragments: annotation.fragments,
      quote: annotation.quote.exact,
      ...(entity === undefined ? {} : { entityName: entity.name }),
      ...(entity?.id === undefined ? {} : { entityId: entity.id }),
      ...(annotation.claim === null ? {} : { claim: this.claim(annotation.claim, annotations) }),
      ...(annotation.note === null ? {} : { note: annotation.note }),
    };
  }

  private claim(
    claim: NonNullable<BundleAnnotation['claim']>,
    annotations: ReadonlyMap<string, BundleAnnotation>,
  ): LayerClaim {
    const speaker = claim.claimantAnnotation === null ? undefined : annotations.get(claim.claimantAnnotation);
    const claimant =
      claim.claimantEntity !== null
        ? this.entity(claim.claimantEntity)
        : speaker?.entity != null
          ? this.entity(speaker.entity)
          : speaker === undefined
            ? undefined
            : { name: speaker.quote.exact, id: undefined };
    const about = claim.about.map((ref) => this.entity(ref));
    return {
      ...(claimant === undefined ? {} : { claimantName: claimant.name }),
      ...(claimant?.id === undefined ? {} : { claimantEntityId: claimant.id }),
      aboutNames: about.map(({ name }) => name),
      aboutEntityIds: about.flatMap(({ id }) => (id === undefined ? [] : [id])),
      attributes: Object.fromEntries(
        claim.attributes.map(([attribute, value]) => [this.label(attribute).id, this.label(value).id]),
      ),
      ...(claim.date === null ? {} : { date: claim.date }),
    };
  }
}
