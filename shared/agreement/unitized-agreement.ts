import type { LabelId } from '../model/annotation';
import type { AnnotatedArticle } from './annotated-span';
import { GraphemePositions } from './grapheme-positions';
import { krippendorffsUnitizedAlpha, type ContinuumUnit, type UnitizedAlpha } from './krippendorffs-unitized-alpha';

export interface UnitizedAgreement extends UnitizedAlpha<LabelId> {
  /** Articles every annotator has annotated: the continuum. */
  readonly comparedArticles: number;
  /** Articles some annotator has not annotated, left out (uα has no notion of a missing value). */
  readonly skippedArticles: number;
}

/**
 * Unitized α (see krippendorffsUnitizedAlpha) per label and overall, with the label as the category.
 * The continuum is the articles' texts one after another, counted in characters (see
 * GraphemePositions), so spans, their gaps and the text between them all count — also spans with
 * gaps between their pieces, which arrive as one span per piece. `labels`, when given, are the labels
 * compared (spans of others are ignored) and each is reported; otherwise every label used is.
 */
export function unitizedAgreement(
  articles: readonly AnnotatedArticle[],
  labels?: readonly LabelId[],
): UnitizedAgreement {
  const annotators = articles.reduce((most, article) => Math.max(most, article.layers.length), 0);
  const wanted = labels === undefined ? undefined : new Set(labels);
  const units: ContinuumUnit<LabelId>[] = [];
  let length = 0;
  let comparedArticles = 0;
  for (const article of articles) {
    const layers = Array.from({ length: annotators }, (_, annotator) => article.layers[annotator]);
    if (layers.some((layer) => layer === undefined)) continue;
    const positions = new GraphemePositions(article.text);
    layers.forEach((layer, annotator) => {
      for (const span of layer ?? []) {
        if (span.end <= span.start || (wanted !== undefined && !wanted.has(span.label))) continue;
        const begin = length + positions.startOf(span.start);
        units.push({ begin, end: length + positions.endOf(span.end), annotator, category: span.label });
      }
    });
    length += positions.length;
    comparedArticles++;
  }
  const categories = labels ?? [...new Set(units.map((unit) => unit.category))].sort((a, b) => a - b);
  return {
    ...krippendorffsUnitizedAlpha({ begin: 0, length, annotators, units }, categories),
    comparedArticles,
    skippedArticles: articles.length - comparedArticles,
  };
}
