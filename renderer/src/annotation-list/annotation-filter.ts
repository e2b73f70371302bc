import type { ArticleAnnotation, EntityId, Label, LabelId } from '../../../shared/model/annotation';
import { foldForMatch } from '../../../shared/text/fold-for-match';
import { counted } from '../text/plural';

/** What the Annotations tab narrows the shown article's annotations down to; null means "any". */
export interface AnnotationFilter {
  readonly kind: 'all' | 'entity' | 'claim';
  readonly labelId: LabelId | null;
  readonly entityId: EntityId | null;
  /** A claim attribute's value (stance: supports): only claims with that value. */
  readonly attributeValueId: LabelId | null;
  /** Words every quote shown must contain (case and accents ignored). */
  readonly text: string;
}

export const NO_FILTER: AnnotationFilter = {
  kind: 'all',
  labelId: null,
  entityId: null,
  attributeValueId: null,
  text: '',
};

/**
 * The annotations a filter lets through, in the order given. Pure and linear, so it keeps up with
 * an article of 20,000 annotations on every keystroke.
 */
export function filterAnnotations(
  annotations: readonly ArticleAnnotation[],
  filter: AnnotationFilter,
  labelOf: (id: LabelId) => Pick<Label, 'kind'> | undefined,
): ArticleAnnotation[] {
  const words = foldForMatch(filter.text.trim())
    .split(/\s+/u)
    .filter((word) => word !== '');
  return annotations.filter((annotation) => {
    if (filter.labelId !== null && annotation.labelId !== filter.labelId) return false;
    if (filter.entityId !== null && annotation.entityId !== filter.entityId) return false;
    if (filter.kind !== 'all' && labelOf(annotation.labelId)?.kind !== filter.kind) return false;
    if (filter.attributeValueId !== null) {
      const values = Object.values(annotation.claim?.attributes ?? {});
      if (!values.includes(filter.attributeValueId)) return false;
    }
    if (words.length === 0) return true;
    const quote = foldForMatch(annotation.quote.exact);
    return words.every((word) => quote.includes(word));
  });
}

export interface AttributeValueOption {
  readonly valueId: LabelId;
  /** "stance: supports" */
  readonly text: string;
}

/** Every claim attribute value as "attribute: value", attributes and values in schema order. */
export function attributeValueOptions(labels: readonly Label[]): AttributeValueOption[] {
  const attributes = labels.filter((label) => label.kind === 'claim-attribute' && label.parentId === null);
  return attributes.flatMap((attribute) =>
    labels
      .filter((label) => label.parentId === attribute.id)
      .map((value) => ({ valueId: value.id, text: `${attribute.name}: ${value.name}` })),
  );
}

/** A claim's chosen attribute values as "stance: supports" texts, in schema order. */
export function claimAttributeTexts(annotation: ArticleAnnotation, options: readonly AttributeValueOption[]): string[] {
  const chosen = new Set(Object.values(annotation.claim?.attributes ?? {}));
  if (chosen.size === 0) return [];
  return options.filter((option) => chosen.has(option.valueId)).map((option) => option.text);
}

/** "12 of 40 annotations", or "40 annotations" when nothing is filtered out. */
export function countText(shown: number, total: number): string {
  const all = counted(total, 'annotation', 'annotations');
  return shown === total ? all : `${shown} of ${all}`;
}
